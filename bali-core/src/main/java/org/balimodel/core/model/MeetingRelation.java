package org.balimodel.core.model;

/** How one meeting relates to another. */
public enum MeetingRelation {
  /** Held immediately before or after the other meeting, in the same place ("held back-to-back with"). */
  BACK_TO_BACK_WITH,
  /** A session or segment of the other meeting. */
  PART_OF,
  /** Reports to the other meeting, or is reported on at it. */
  REPORTS_TO
}
