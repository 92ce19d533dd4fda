package org.balimodel.core.model;

/**
 * How far a meeting's list of participants can be trusted to be complete. No rule infers anything
 * from a participant's absence unless the list is {@link #COMPLETE}.
 */
public enum Attendance {
  /** The list names every participant, as a statement's attendance paragraph does. */
  COMPLETE,
  /** The list names some participants only (those the text happens to mention). */
  INCOMPLETE,
  /** Nothing is known of who attended beyond what the list says. */
  UNKNOWN
}
