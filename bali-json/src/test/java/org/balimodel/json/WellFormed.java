package org.balimodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.balimodel.core.validation.Issue;
import org.balimodel.core.validation.IssueCode;
import org.balimodel.core.validation.Report;

/**
 * What every report must be, whatever the input: the facts the fuzz tests check after each run, so
 * that a report a user cannot act on counts as a finding as much as an exception does.
 */
final class WellFormed {

  private static final Set<String> CODES =
      Arrays.stream(IssueCode.values()).map(IssueCode::code).collect(Collectors.toUnmodifiableSet());

  private WellFormed() {}

  /**
   * Every issue has a severity, a documented code, a JSON Pointer and a message; none says the
   * reader or a rule failed (that is an exception caught at the last line of defence); and the
   * report lists at most {@code maxIssues} issues and one more, which, when issues were left out,
   * is the one that counts them.
   */
  static void report(Report report, int maxIssues) {
    assertNotNull(report);
    for (Issue issue : report.issues()) {
      assertNotNull(issue.severity(), issue::toString);
      assertTrue(
          CODES.contains(issue.code()) || issue.code().matches("constraint\\.[a-z]+(-[a-z0-9]+)*"),
          () -> "undocumented code: " + issue);
      assertTrue(issue.pointer().isEmpty() || issue.pointer().startsWith("/"), issue::toString);
      assertFalse(issue.message().isBlank(), issue::toString);
      assertFalse(issue.code().equals(IssueCode.JSON_INTERNAL.code()), report::toString);
      assertFalse(issue.code().equals(IssueCode.RULE_FAILED.code()), report::toString);
    }
    // The cap lets one issue past it: the one counting the rest, or the reader's final verdict on a
    // document whose reading the cap did not stop (content after the root value, say).
    assertTrue(report.issues().size() <= maxIssues + 1, () -> report.issues().size() + " issues");
    if (report.tooMany()) {
      assertEquals(maxIssues + 1, report.issues().size(), report::toString);
    }
    assertTrue(
        report.withCode(IssueCode.JSON_LIMIT_ISSUES.code()).size() <= 1,
        () -> "the rest is counted once: " + report);
  }

  /** A read either gives a statement or says, with at least one error, why not. */
  static void result(ReadResult result, int maxIssues) {
    report(result.report(), maxIssues);
    if (result.statement().isEmpty()) {
      assertFalse(result.report().errors().isEmpty(), result.report()::toString);
    }
  }
}
