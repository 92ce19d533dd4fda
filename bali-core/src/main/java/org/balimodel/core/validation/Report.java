package org.balimodel.core.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of validating a statement: every issue found, in a stable order.
 *
 * <p>A statement is valid when its report has no {@link Severity#ERROR}; warnings and information
 * do not make it invalid. A report of a valid statement with nothing to say is empty.
 *
 * @param issues the issues, in the order they were found: construction and constraints first, then
 *     document rules in document order
 */
public record Report(List<Issue> issues) {

  private static final Report EMPTY = new Report(List.of());

  /** Copies the list; null reads as empty. */
  public Report {
    issues = issues == null ? List.of() : List.copyOf(issues);
  }

  /** A report with no issues. */
  public static Report empty() {
    return EMPTY;
  }

  /** Whether the statement is valid: no issue is an error. */
  public boolean isValid() {
    return issues.stream().noneMatch(Issue::isError);
  }

  /** Whether there is nothing at all to report. */
  public boolean isEmpty() {
    return issues.isEmpty();
  }

  /** The issues of one severity, in order. */
  public List<Issue> issues(Severity severity) {
    return issues.stream().filter(i -> i.severity() == severity).toList();
  }

  /** The errors, in order. */
  public List<Issue> errors() {
    return issues(Severity.ERROR);
  }

  /** The warnings, in order. */
  public List<Issue> warnings() {
    return issues(Severity.WARNING);
  }

  /**
   * Whether the report was cut short: more issues were found than it lists, and its last issue
   * ({@link IssueCode#JSON_LIMIT_ISSUES}) says so.
   */
  public boolean tooMany() {
    return !issues.isEmpty()
        && issues.get(issues.size() - 1).code().equals(IssueCode.JSON_LIMIT_ISSUES.code());
  }

  /** The issues with this code, in order. */
  public List<Issue> withCode(String code) {
    return issues.stream().filter(i -> i.code().equals(code)).toList();
  }

  /** This report's issues followed by {@code other}'s. */
  public Report and(Report other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    List<Issue> all = new ArrayList<>(issues);
    all.addAll(other.issues);
    return new Report(all);
  }
}
