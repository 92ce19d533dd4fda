package org.balimodel.core.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with (or worth knowing about) a statement: how serious it is, a stable code, where
 * it is, and what it means for a person.
 *
 * <p>The {@code pointer} is an RFC 6901 JSON Pointer to the offending value. Property names of the
 * JSON format equal the record component names of the model, so the same pointer locates the value
 * in a JSON document and in the model: {@code /meeting/participants/3/member}. The empty pointer
 * {@code ""} is the whole document.
 *
 * <p>Codes are hierarchical and stable ({@code reference.unresolved}, {@code json.syntax}); the
 * tables in {@code docs/validation-codes.md} list them all. Messages are plain text built from
 * fixed templates; user-supplied text is quoted in them, never evaluated.
 *
 * @param severity error, warning or information
 * @param code the stable, machine-readable code
 * @param pointer the JSON Pointer to the offending value
 * @param location the line and column in the source text, when the statement was read from text
 * @param message what is wrong, for a person
 */
public record Issue(
    Severity severity, String code, String pointer, Optional<Location> location, String message) {

  /** Requires every component but the location. */
  public Issue {
    Objects.requireNonNull(severity, "Issue.severity is required");
    Objects.requireNonNull(code, "Issue.code is required");
    Objects.requireNonNull(pointer, "Issue.pointer is required");
    location = location == null ? Optional.empty() : location;
    Objects.requireNonNull(message, "Issue.message is required");
  }

  /** An issue with no source location. */
  public static Issue of(Severity severity, String code, String pointer, String message) {
    return new Issue(severity, code, pointer, Optional.empty(), message);
  }

  /** The same issue at a line and column of the source text. */
  public Issue at(Location location) {
    return new Issue(severity, code, pointer, Optional.of(location), message);
  }

  /** Whether this is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code ERROR reference.unresolved /pointer: message}, with {@code line:column} where known. */
  @Override
  public String toString() {
    return severity
        + " "
        + code
        + " "
        + (pointer.isEmpty() ? "/" : pointer)
        + location.map(l -> " (" + l + ")").orElse("")
        + ": "
        + message;
  }
}
