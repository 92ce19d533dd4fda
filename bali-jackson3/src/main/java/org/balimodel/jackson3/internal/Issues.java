package org.balimodel.jackson3.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.balimodel.core.validation.Issue;
import org.balimodel.core.validation.IssueCode;
import org.balimodel.core.validation.Location;
import org.balimodel.core.validation.Severity;
import tools.jackson.core.TokenStreamLocation;

/**
 * The issues found while binding one value, in the order they were found, located as the parser
 * counts (as bali-json's module reports them: a mapper has no text to recount columns against).
 */
public final class Issues {
  private final List<Issue> issues = new ArrayList<>();
  private boolean errors;

  /** No issues yet. */
  public Issues() {}

  /** Adds an error at a parser location (which may be null). */
  public void error(IssueCode code, String pointer, TokenStreamLocation at, String message) {
    Issue issue = new Issue(Severity.ERROR, code.code(), pointer, Optional.empty(), message);
    issues.add(location(at).map(issue::at).orElse(issue));
    errors = true;
  }

  /** Whether an error was found. */
  public boolean hasErrors() {
    return errors;
  }

  /** The issues in the order they were found. */
  public List<Issue> list() {
    return List.copyOf(issues);
  }

  private static Optional<Location> location(TokenStreamLocation at) {
    if (at == null || at.getLineNr() < 1 || at.getColumnNr() < 1) {
      return Optional.empty();
    }
    return Optional.of(new Location(at.getLineNr(), at.getColumnNr()));
  }
}
