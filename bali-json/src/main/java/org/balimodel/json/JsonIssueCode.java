package org.balimodel.json;

import java.util.Optional;
import org.balimodel.core.validation.Issue;
import org.balimodel.core.validation.Location;
import org.balimodel.core.validation.Severity;

/**
 * The stable codes of the issues the bali JSON reader reports about a statement document, with
 * their severity and meaning.
 *
 * <p>They complete the codes of {@link org.balimodel.core.validation.IssueCode}: a {@link ReadResult}
 * holds issues of both kinds in one report. Every code starts with {@code json.}; the part after it
 * names the stage that found the problem ({@code io}, {@code syntax}, {@code limit},
 * {@code structure}). A code never changes meaning once released; new codes may be added.
 * {@code docs/format.md} has the same table.
 */
public enum JsonIssueCode {
  /** The input could not be read: a file that does not exist, a stream that failed. */
  IO("json.io", "the input could not be read"),
  /** The document is not well-formed JSON. */
  SYNTAX("json.syntax", "the document is not well-formed JSON"),
  /** The bytes are not UTF-8 (an invalid or overlong sequence, a surrogate, UTF-16 or UTF-32 input). */
  SYNTAX_ENCODING("json.syntax.encoding", "the document is not valid UTF-8"),
  /** {@code NaN}, {@code Infinity} or {@code -Infinity} where JSON allows only finite numbers. */
  SYNTAX_NON_FINITE_NUMBER("json.syntax.non-finite-number", "NaN and Infinity are not JSON numbers"),
  /** The input holds no JSON value at all. */
  SYNTAX_EMPTY("json.syntax.empty", "the document is empty"),
  /** The document ends inside a value. */
  SYNTAX_TRUNCATED("json.syntax.truncated", "the document ends before its root value is complete"),
  /** Something follows the root value. */
  SYNTAX_TRAILING_CONTENT("json.syntax.trailing-content", "content follows the root value"),
  /** The document is larger than {@link Limits#maxDocumentBytes()}. */
  LIMIT_SIZE("json.limit.size", "the document is larger than the size limit"),
  /** Objects and arrays nest deeper than {@link Limits#maxDepth()}. */
  LIMIT_DEPTH("json.limit.depth", "values nest deeper than the depth limit"),
  /** A string is longer than {@link Limits#maxStringLength()}. */
  LIMIT_STRING("json.limit.string", "a string is longer than the string limit"),
  /** A number has more characters than {@link Limits#maxNumberLength()}. */
  LIMIT_NUMBER("json.limit.number", "a number is longer than the number limit"),
  /** A property name is longer than {@link Limits#maxNameLength()}. */
  LIMIT_NAME("json.limit.name", "a property name is longer than the name limit"),
  /** The document has more tokens than {@link Limits#maxTokenCount()}. */
  LIMIT_TOKENS("json.limit.tokens", "the document has more tokens than the token limit"),
  /** The reader found more than {@link Limits#maxIssues()} issues and stopped reading. */
  LIMIT_ISSUES("json.limit.issues", "so many issues that the reader stopped"),
  /** A property that the format does not define (a warning in lenient mode). */
  UNKNOWN_PROPERTY("json.structure.unknown-property", "a property the format does not define"),
  /** A property appears twice in one object. */
  DUPLICATE_PROPERTY("json.structure.duplicate-property", "a property appears twice in one object"),
  /** A required property is absent. */
  MISSING_PROPERTY("json.structure.missing-property", "a required property is absent"),
  /** A value of the wrong JSON type: {@code "16"} for a number, an array for an object … */
  WRONG_TYPE("json.structure.wrong-type", "a value has the wrong JSON type"),
  /** {@code null}, which the format never uses: an absent value is an omitted property. */
  NULL("json.structure.null", "null is not a value of the format; omit the property instead"),
  /** A string that names no constant of the enumeration the property takes. */
  UNKNOWN_CONSTANT("json.structure.unknown-constant", "a string names no constant of its enumeration"),
  /** A string that is not an ISO 8601 date of the precision the property takes. */
  DATE("json.structure.date", "a date is not an ISO 8601 date of the expected form"),
  /** An actor object without exactly one of {@code group}, {@code body}, {@code member}. */
  ACTOR("json.structure.actor", "an actor has not exactly one of group, body, member"),
  /** An integer outside the range of a 32-bit signed integer. */
  NUMBER_RANGE("json.structure.number-range", "an integer is out of range"),
  /** The model refused a value that is well-typed JSON (reported, never thrown). */
  INVALID_VALUE("json.structure.invalid-value", "the model refuses a value"),
  /** {@code formatVersion} is not a version this library reads. */
  FORMAT_VERSION("json.format-version", "the document's format version is not supported"),
  /** The reader failed in a way it did not foresee; reported rather than thrown. */
  INTERNAL("json.internal", "the reader failed unexpectedly");

  private final String code;
  private final String meaning;

  JsonIssueCode(String code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The stable code, as issues carry it. */
  public String code() {
    return code;
  }

  /**
   * The severity issues with this code have: always {@link Severity#ERROR}, except
   * {@link #UNKNOWN_PROPERTY}, which is a {@link Severity#WARNING} when the reader is lenient.
   */
  public Severity severity() {
    return Severity.ERROR;
  }

  /** What the code means, in a few words. */
  public String meaning() {
    return meaning;
  }

  /** An error with this code. */
  public Issue issue(String pointer, Optional<Location> location, String message) {
    return new Issue(Severity.ERROR, code, pointer, location, message);
  }
}
