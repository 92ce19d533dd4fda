package org.balimodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.balimodel.core.validation.Issue;
import org.balimodel.core.validation.Report;
import org.balimodel.core.validation.Severity;
import org.balimodel.core.validation.StatementValidator;
import org.junit.jupiter.api.Test;

/** The seed statement against the canonical register and the document rules. */
class SeedStatementValidationTest {

  private final Report report = StatementValidator.create().validate(SeedStatement.statement());

  @Test
  void theSeedStatementHasNoErrorAndNoWarning() {
    assertEquals(List.of(), report.errors(), () -> report.issues().toString());
    assertEquals(List.of(), report.warnings(), () -> report.issues().toString());
    assertTrue(report.isValid());
  }

  @Test
  void theAaaNameVariantIsReportedAsInformationAtItsPointer() {
    List<Issue> variants = report.withCode("name.variant");
    assertEquals(1, variants.size(), () -> report.issues().toString());
    assertEquals(Severity.INFO, variants.get(0).severity());
    assertEquals("/nameVariants/0/asWritten", variants.get(0).pointer());
  }
}
