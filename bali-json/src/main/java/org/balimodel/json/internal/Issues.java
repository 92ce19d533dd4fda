package org.balimodel.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.balimodel.core.validation.Issue;
import org.balimodel.core.validation.Location;
import org.balimodel.core.validation.Severity;
import org.balimodel.json.JsonIssueCode;

/** The issues found while reading one document, in the order they were found. */
public final class Issues {
  private final List<Issue> issues = new ArrayList<>();
  private boolean errors;

  /** Adds an issue with the code's severity. */
  public void error(JsonIssueCode code, String pointer, Optional<Location> location, String message) {
    add(new Issue(Severity.ERROR, code.code(), pointer, location, message));
  }

  /** Adds an issue. */
  public void add(Issue issue) {
    issues.add(issue);
    errors |= issue.isError();
  }

  /** Whether an error was found. */
  public boolean hasErrors() {
    return errors;
  }

  /** Whether nothing was found. */
  public boolean isEmpty() {
    return issues.isEmpty();
  }

  /** The issues so far. */
  public List<Issue> list() {
    return issues;
  }

  /** A Jackson location as a bali location, when Jackson knows the line and column. */
  public static Optional<Location> location(JsonLocation at) {
    if (at == null || at.getLineNr() < 1 || at.getColumnNr() < 1) {
      return Optional.empty();
    }
    return Optional.of(new Location(at.getLineNr(), at.getColumnNr()));
  }
}
