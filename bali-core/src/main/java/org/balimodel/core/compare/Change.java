package org.balimodel.core.compare;

/**
 * How a fact of one statement stands against the other statement in a {@link Comparison}: the
 * reference has it and the candidate does not, the candidate has it and the reference does not, or
 * both have it with something that differs.
 */
public enum Change {
  /** The reference statement has the fact and the candidate has nothing that corresponds to it. */
  ONLY_IN_REFERENCE,
  /** The candidate statement has the fact and the reference has nothing that corresponds to it. */
  ONLY_IN_CANDIDATE,
  /**
   * Both statements have a fact in the same place, and something in it differs: a meeting's date,
   * a paragraph's text, a decision's actor or verb, a commitment's due date, or a detail of a
   * matched fact (see {@link Comparison} for which differences lower the scores).
   */
  DIFFERS
}
