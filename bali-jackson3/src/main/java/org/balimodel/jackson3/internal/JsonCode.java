package org.balimodel.jackson3.internal;

/**
 * The codes of the structural issues the binder reports: the same strings as bali-json's
 * {@code JsonIssueCode}, which this module cannot see (it must not bring Jackson 2).
 */
public enum JsonCode {
  /** A string holds an escaped lone surrogate, which is no character. */
  JSON_SYNTAX_ENCODING("json.syntax.encoding"),
  /** A property that the format does not define. */
  JSON_UNKNOWN_PROPERTY("json.structure.unknown-property"),
  /** A property appears twice in one object. */
  JSON_DUPLICATE_PROPERTY("json.structure.duplicate-property"),
  /** A required property is absent. */
  JSON_MISSING_PROPERTY("json.structure.missing-property"),
  /** A value of the wrong JSON type. */
  JSON_WRONG_TYPE("json.structure.wrong-type"),
  /** {@code null}, which the format never uses. */
  JSON_NULL("json.structure.null"),
  /** A string that names no constant of its enumeration. */
  JSON_UNKNOWN_CONSTANT("json.structure.unknown-constant"),
  /** A string that is not an ISO 8601 date of the expected form. */
  JSON_DATE("json.structure.date"),
  /** An actor without exactly one of group, body, member. */
  JSON_ACTOR("json.structure.actor"),
  /** An integer outside the range of a 32-bit signed integer. */
  JSON_NUMBER_RANGE("json.structure.number-range"),
  /** The model refused a well-typed value. */
  JSON_INVALID_VALUE("json.structure.invalid-value"),
  /** {@code formatVersion} is not a version this library reads. */
  JSON_FORMAT_VERSION("json.format-version"),
  /** The binder failed in a way it did not foresee. */
  JSON_INTERNAL("json.internal");

  private final String code;

  JsonCode(String code) {
    this.code = code;
  }

  /** The stable code, as issues carry it. */
  public String code() {
    return code;
  }
}
