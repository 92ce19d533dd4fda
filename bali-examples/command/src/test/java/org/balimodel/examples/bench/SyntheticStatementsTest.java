package org.balimodel.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.balimodel.core.model.Decision;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.Statement;
import org.balimodel.core.register.Register;
import org.balimodel.core.validation.Report;
import org.balimodel.core.validation.StatementValidator;
import org.balimodel.json.BaliJson;
import org.balimodel.json.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The synthetic statements the scaling benchmarks read are what they claim to be. */
class SyntheticStatementsTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 100, 1_000, 10_000})
  void aSyntheticStatementHasExactlyTheRequestedNumberOfDecisions(int decisions) {
    assertEquals(decisions, SyntheticStatements.withDecisions(decisions, 2022).decisions().size());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 100, 1_000})
  void aSyntheticStatementValidatesWithoutAnyIssueAgainstTheRegisterBaliShips(int decisions) {
    Report report = StatementValidator.create(Register.baliProcess())
        .validate(SyntheticStatements.withDecisions(decisions, Fixtures.SYNTHETIC_SEED));
    assertTrue(report.isEmpty(), () -> report.issues().toString());
  }

  @Test
  void theBytesTheScalingBenchmarksReadGiveBackTheGeneratedStatementWithAnEmptyReport() {
    Statement generated = SyntheticStatements.withDecisions(100, Fixtures.SYNTHETIC_SEED);
    ReadResult read = BaliJson.create().read(Checks.syntheticBytes(100));
    assertTrue(read.report().isEmpty(), () -> read.report().issues().toString());
    assertEquals(Optional.of(generated), read.statement());
  }

  @Test
  void paragraphsAreNumberedOneTwoThreeInReadingOrder() {
    List<Paragraph> paragraphs = SyntheticStatements.withDecisions(1_000, 7).paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      assertEquals(i + 1, paragraphs.get(i).number());
    }
  }

  @Test
  void everyClauseOpensWithItsSubjectAndVerbAndAppearsInItsParagraph() {
    for (Paragraph paragraph : SyntheticStatements.withDecisions(500, 11).paragraphs()) {
      for (Decision decision : paragraph.decisions()) {
        String clause = decision.clause();
        String afterSubject = clause.substring(clause.indexOf(' ') + 1);
        if (clause.startsWith("The ")) {
          afterSubject = afterSubject.substring(afterSubject.indexOf(' ') + 1);
        }
        assertTrue(afterSubject.startsWith(decision.verb().phrase() + " "), clause);
        assertTrue(paragraph.text().contains(clause), clause);
      }
    }
  }

  @Test
  void theSameSizeAndSeedGiveTheSameStatementAndAnotherSeedAnother() {
    Statement once = SyntheticStatements.withDecisions(100, 42);
    assertEquals(once, SyntheticStatements.withDecisions(100, 42));
    assertNotEquals(once, SyntheticStatements.withDecisions(100, 43));
  }
}
