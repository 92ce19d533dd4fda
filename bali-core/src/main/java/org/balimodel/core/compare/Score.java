package org.balimodel.core.compare;

/**
 * How well a candidate statement reproduces one kind of fact of a reference statement: how many
 * facts both have, how many only the reference has, how many only the candidate has; and from these
 * the precision, recall and F1 of the candidate.
 *
 * <p>A fact that both statements have but that differs ({@link Change#DIFFERS} on the fact's own
 * key, such as a decision with another actor) counts once in {@code onlyInReference} and once in
 * {@code onlyInCandidate}: the candidate missed the reference's fact and proposed one that is not
 * there. When neither statement has a fact of the kind, the candidate has done all there was to do,
 * and precision, recall and F1 are all 1.0; otherwise a ratio with nothing to count (precision of a
 * candidate that proposes nothing, recall against a reference that has nothing) is 0.0, so that an
 * importer that reads nothing scores nothing.
 *
 * @param matched facts both statements have
 * @param onlyInReference facts of the reference the candidate does not have
 * @param onlyInCandidate facts of the candidate the reference does not have
 */
public record Score(int matched, int onlyInReference, int onlyInCandidate) {

  /** No facts at all. */
  static final Score NONE = new Score(0, 0, 0);

  /** Requires counts that are not negative. */
  public Score {
    if (matched < 0 || onlyInReference < 0 || onlyInCandidate < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative: " + matched + ", " + onlyInReference + ", " + onlyInCandidate);
    }
  }

  /** Whether neither statement has a fact of this kind. */
  public boolean isEmpty() {
    return matched == 0 && onlyInReference == 0 && onlyInCandidate == 0;
  }

  /** The facts of the reference: matched and only in the reference. */
  public int inReference() {
    return matched + onlyInReference;
  }

  /** The facts of the candidate: matched and only in the candidate. */
  public int inCandidate() {
    return matched + onlyInCandidate;
  }

  /**
   * The share of the candidate's facts that the reference has: {@code matched / (matched +
   * onlyInCandidate)}; 1.0 when neither statement has a fact, 0.0 when only the reference has.
   */
  public double precision() {
    return ratio(matched, inCandidate());
  }

  /**
   * The share of the reference's facts that the candidate has: {@code matched / (matched +
   * onlyInReference)}; 1.0 when neither statement has a fact, 0.0 when only the candidate has.
   */
  public double recall() {
    return ratio(matched, inReference());
  }

  /**
   * The harmonic mean of precision and recall, {@code 2 matched / (2 matched + onlyInReference +
   * onlyInCandidate)}; 1.0 when neither statement has a fact, 0.0 when no fact matches.
   */
  public double f1() {
    return ratio(2 * (long) matched, 2 * (long) matched + onlyInReference + onlyInCandidate);
  }

  /** The counts of this score and another added together, to score several statements as one. */
  public Score plus(Score other) {
    return new Score(
        Math.addExact(matched, other.matched),
        Math.addExact(onlyInReference, other.onlyInReference),
        Math.addExact(onlyInCandidate, other.onlyInCandidate));
  }

  /** The score with the sides swapped: what only the reference had, only the candidate has. */
  public Score swapped() {
    return new Score(matched, onlyInCandidate, onlyInReference);
  }

  private double ratio(long part, long whole) {
    if (whole == 0) {
      return isEmpty() ? 1.0 : 0.0;
    }
    return (double) part / whole;
  }
}
