package org.balimodel.core.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The issues found in one statement, of which at most a fixed number are kept: past the cap the
 * rest are only counted, so a hostile statement that breaks one rule a million times costs a
 * counter, not a million issues.
 *
 * <p>{@link #report()} lists the kept issues and, when some were dropped, ends with one
 * {@link IssueCode#JSON_LIMIT_ISSUES} issue saying how many more there were: the same code the JSON
 * reader ends its report with when it reaches its own cap, so a caller asks one question
 * ({@link Report#tooMany()}) whichever stage stopped listing.
 *
 * <p>Not thread-safe: one sink belongs to one validation.
 */
public final class IssueSink {
  private final int max;
  private final List<Issue> issues = new ArrayList<>();
  private long dropped;

  /**
   * A sink that keeps the first {@code max} issues.
   *
   * @throws IllegalArgumentException when {@code max} is negative
   */
  public IssueSink(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative: " + max);
    }
    this.max = max;
  }

  /** Keeps the issue, or counts it once the cap is reached. */
  public void add(Issue issue) {
    if (issues.size() < max) {
      issues.add(issue);
    } else {
      dropped++;
    }
  }

  /** Adds each issue in order. */
  public void addAll(Iterable<Issue> more) {
    for (Issue issue : more) {
      add(issue);
    }
  }

  /** Whether the cap is reached: further issues are only counted. */
  public boolean full() {
    return issues.size() >= max;
  }

  /** How many issues were counted but not kept. */
  public long dropped() {
    return dropped;
  }

  /** The issues kept, in the order they were added; a read-only view. */
  public List<Issue> issues() {
    return Collections.unmodifiableList(issues);
  }

  /** The issues kept, followed by the "and N more" issue when some were dropped. */
  public Report report() {
    if (dropped == 0) {
      return new Report(issues);
    }
    List<Issue> all = new ArrayList<>(issues.size() + 1);
    all.addAll(issues);
    all.add(IssueCode.JSON_LIMIT_ISSUES.issue("", more(dropped, max)));
    return new Report(all);
  }

  /** The message of the issue that ends a capped report. */
  public static String more(long dropped, int max) {
    return "and " + dropped + " more issue" + (dropped == 1 ? "" : "s") + ", not listed: a report lists at most " + max;
  }
}
