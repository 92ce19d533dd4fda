package org.balimodel.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.balimodel.core.model.Statement;
import org.junit.jupiter.api.Test;

/** Properties of comparisons over generated statements of every shape (QuickTheories inside JUnit 5). */
class ComparisonPropertiesTest {

  @Test
  void aStatementComparedWithItselfIsIdenticalAndScoresOne() {
    qt().withExamples(300).forAll(StatementGen.statements()).checkAssert(statement -> {
      Comparison comparison = Comparison.between(statement, statement);
      assertTrue(comparison.identical(), () -> comparison.differences() + " for " + statement);
      comparison.scores().values().forEach(score -> assertEquals(1.0, score.f1()));
    });
  }

  @Test
  void swappingTheSidesSwapsWhatOnlyOneSideHasAndKeepsTheMatches() {
    qt().withExamples(300).forAll(StatementGen.pairs()).checkAssert(pair -> {
      Comparison forward = Comparison.between(pair.get(0), pair.get(1));
      Comparison backward = Comparison.between(pair.get(1), pair.get(0));
      for (FactKind kind : FactKind.values()) {
        assertEquals(forward.score(kind).swapped(), backward.score(kind), () -> kind + " for " + pair);
      }
      assertEquals(places(forward, false), places(backward, true), () -> forward.differences() + " / " + backward.differences());
    });
  }

  /** The differences as (kind, change, pointer, pointer) counted, with the sides swapped if asked. */
  private static Map<List<Object>, Integer> places(Comparison comparison, boolean swap) {
    Map<List<Object>, Integer> places = new HashMap<>();
    for (Difference d : comparison.differences()) {
      Change change = !swap || d.change() == Change.DIFFERS ? d.change()
          : d.change() == Change.ONLY_IN_REFERENCE ? Change.ONLY_IN_CANDIDATE : Change.ONLY_IN_REFERENCE;
      List<Object> place = swap ? List.of(d.kind(), change, d.candidatePointer(), d.referencePointer())
          : List.of(d.kind(), change, d.referencePointer(), d.candidatePointer());
      places.merge(place, 1, Integer::sum);
    }
    return places;
  }

  @Test
  void theFactsOfEachSideDoNotDependOnTheOtherSide() {
    qt().withExamples(300).forAll(StatementGen.pairs()).checkAssert(pair -> {
      Comparison both = Comparison.between(pair.get(0), pair.get(1));
      Comparison reference = Comparison.between(pair.get(0), pair.get(0));
      Comparison candidate = Comparison.between(pair.get(1), pair.get(1));
      for (FactKind kind : FactKind.values()) {
        assertEquals(reference.score(kind).matched(), both.score(kind).inReference(), () -> kind + " for " + pair);
        assertEquals(candidate.score(kind).matched(), both.score(kind).inCandidate(), () -> kind + " for " + pair);
      }
    });
  }

  @Test
  void comparingNeverThrowsAndEveryPointerNamesAValueOfItsSide() {
    qt().withExamples(300).forAll(StatementGen.pairs()).checkAssert(pair -> {
      Statement reference = pair.get(0);
      Statement candidate = pair.get(1);
      Comparison comparison = Comparison.between(reference, candidate);
      for (Difference d : comparison.differences()) {
        assertEquals(d.change() != Change.ONLY_IN_CANDIDATE, d.referencePointer().isPresent(), d::toString);
        assertEquals(d.change() != Change.ONLY_IN_REFERENCE, d.candidatePointer().isPresent(), d::toString);
        d.referencePointer().ifPresent(p -> assertTrue(Statements.resolve(reference, p).isPresent(), d::toString));
        d.candidatePointer().ifPresent(p -> assertTrue(Statements.resolve(candidate, p).isPresent(), d::toString));
        assertTrue(!d.description().isBlank(), d::toString);
      }
      int differs = (int) comparison.differences().stream().filter(d -> d.change() != Change.DIFFERS).count();
      int unmatched = comparison.scores().values().stream().mapToInt(s -> s.onlyInReference() + s.onlyInCandidate()).sum();
      // Each difference on one side counts once; each on a key counts twice; details not at all.
      assertTrue(differs <= unmatched, comparison::toString);
    });
  }
}
