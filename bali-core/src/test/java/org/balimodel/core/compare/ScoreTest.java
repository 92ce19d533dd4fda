package org.balimodel.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Precision, recall and F1 of a candidate for one kind of fact. */
class ScoreTest {

  @Test
  void threeMatchedOneOnlyInTheReferenceAndTwoOnlyInTheCandidateScoreAsCountedByHand() {
    Score score = new Score(3, 1, 2);
    assertEquals(0.6, score.precision(), 1e-12);
    assertEquals(0.75, score.recall(), 1e-12);
    assertEquals(2.0 / 3.0, score.f1(), 1e-12);
    assertEquals(4, score.inReference());
    assertEquals(5, score.inCandidate());
  }

  @Test
  void whenNeitherSideHasAFactOfTheKindTheCandidateScoresOne() {
    Score none = new Score(0, 0, 0);
    assertEquals(1.0, none.precision());
    assertEquals(1.0, none.recall());
    assertEquals(1.0, none.f1());
  }

  @Test
  void aCandidateThatProposesNothingScoresNothing() {
    Score empty = new Score(0, 4, 0);
    assertEquals(0.0, empty.precision());
    assertEquals(0.0, empty.recall());
    assertEquals(0.0, empty.f1());
  }

  @Test
  void factsProposedAgainstAReferenceWithNoneScoreNothing() {
    Score spurious = new Score(0, 0, 3);
    assertEquals(0.0, spurious.precision());
    assertEquals(0.0, spurious.recall());
    assertEquals(0.0, spurious.f1());
  }

  @Test
  void f1IsTheHarmonicMeanOfPrecisionAndRecall() {
    Score score = new Score(7, 2, 5);
    double p = score.precision();
    double r = score.recall();
    assertEquals(2 * p * r / (p + r), score.f1(), 1e-12);
  }

  @Test
  void scoresOfSeveralStatementsAddUp() {
    assertEquals(new Score(4, 1, 5), new Score(3, 1, 2).plus(new Score(1, 0, 3)));
    assertEquals(new Score(3, 2, 1), new Score(3, 1, 2).swapped());
  }

  @Test
  void aCountIsNeverNegative() {
    assertThrows(IllegalArgumentException.class, () -> new Score(-1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new Score(0, 0, -2));
  }
}
