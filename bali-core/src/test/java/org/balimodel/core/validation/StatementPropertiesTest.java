package org.balimodel.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties of validation over generated statements (QuickTheories inside JUnit 5). */
class StatementPropertiesTest {

  private static final StatementValidator VALIDATOR = Fixtures.validator();
  private static final Set<String> CODES =
      Arrays.stream(IssueCode.values()).map(IssueCode::code).collect(Collectors.toUnmodifiableSet());

  @Test
  void aGeneratedValidStatementHasAnEmptyReport() {
    // The generated statements cite no superseded framework and print no name variant, so there is
    // not even a warning or a note to report.
    qt().withExamples(300).forAll(Generators.validStatements()).checkAssert(statement -> {
      Report report = VALIDATOR.validate(statement);
      assertEquals(List.of(), report.issues(), () -> "statement " + statement);
    });
  }

  @Test
  void validatingAnyStatementNeverThrowsAndAlwaysReports() {
    qt().withExamples(400).forAll(Generators.arbitraryStatements()).checkAssert(statement -> {
      Report report = VALIDATOR.validate(statement);
      assertNotNull(report);
      for (Issue issue : report.issues()) {
        assertTrue(issue.pointer().isEmpty() || issue.pointer().startsWith("/"), issue::toString);
        assertTrue(issue.code().startsWith("constraint.") || CODES.contains(issue.code()), issue::toString);
        assertTrue(!issue.code().equals(IssueCode.RULE_FAILED.code()), issue::toString);
      }
    });
  }
}
