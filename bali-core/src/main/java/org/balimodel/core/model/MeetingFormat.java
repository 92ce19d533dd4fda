package org.balimodel.core.model;

/** How participants attended a meeting. */
public enum MeetingFormat {
  /** Everyone attended in one place. */
  IN_PERSON,
  /** Everyone attended online. */
  VIRTUAL,
  /** Some attended in person and some online. */
  HYBRID
}
