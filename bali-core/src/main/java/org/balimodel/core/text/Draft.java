package org.balimodel.core.text;

import java.util.Objects;
import java.util.Optional;
import org.balimodel.core.model.Statement;
import org.balimodel.core.validation.Report;

/**
 * A statement read from its published text, for a person to review: the draft {@link Statement}
 * and the report of every choice the reader was unsure of.
 *
 * <p>The draft is absent only when the text cannot be read as a statement at all (it is too long,
 * it is binary, or it holds no paragraph and no date); the report then says why, as errors. Otherwise the
 * report's issues point into the draft with JSON Pointers and give the line and column of the text
 * they came from.
 *
 * @param statement the draft, when the text could be read as a statement
 * @param report what the reviewer should check, and why a draft is missing
 */
public record Draft(Optional<Statement> statement, Report report) {

  /** Requires the report; an absent statement is empty. */
  public Draft {
    statement = statement == null ? Optional.empty() : statement;
    Objects.requireNonNull(report, "Draft.report is required");
  }
}
