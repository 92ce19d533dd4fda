package org.balimodel.json;

import java.util.Objects;
import java.util.Optional;
import org.balimodel.core.model.Statement;
import org.balimodel.core.validation.Report;

/**
 * What reading a statement document gives: the statement, when the document could be bound to
 * one, and one report of everything found on the way — syntax, structure and validation.
 *
 * <p>Either the statement is present and the report holds what validating it found (possibly
 * errors: a statement that breaks a rule of the Bali Process can still be read), or the statement
 * is absent and the report holds at least one error saying why.
 *
 * @param statement the statement, when the document is well-formed and well-typed
 * @param report every issue, in document order: reading first, then validation
 */
public record ReadResult(Optional<Statement> statement, Report report) {

  /** Requires both; an absent statement needs an error in the report. */
  public ReadResult {
    Objects.requireNonNull(statement, "ReadResult.statement is required");
    Objects.requireNonNull(report, "ReadResult.report is required");
    if (statement.isEmpty() && report.isValid()) {
      throw new IllegalArgumentException("a result without a statement must report an error");
    }
  }

  /** Whether a statement was read and its report has no error. */
  public boolean isValid() {
    return statement.isPresent() && report.isValid();
  }
}
