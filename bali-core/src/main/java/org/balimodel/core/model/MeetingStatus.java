package org.balimodel.core.model;

/**
 * Whether a meeting took place. Statements name meetings to come ("the next Ministerial Conference,
 * scheduled for 2015") as well as past ones; a meeting with no status is taken as held.
 */
public enum MeetingStatus {
  /** Announced or scheduled, not yet held as of the statement. */
  PLANNED,
  /** Held. */
  HELD,
  /** Put off to a later date. */
  POSTPONED,
  /** Called off. */
  CANCELLED
}
