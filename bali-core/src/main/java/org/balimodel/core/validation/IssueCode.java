package org.balimodel.core.validation;

import java.util.Optional;

/**
 * The stable codes of every issue a bali report can hold, with their severity and meaning: those
 * {@link StatementValidator} reports, and those of the JSON reader of {@code bali-json} (named
 * {@code JSON_…}, their codes starting with {@code json.}).
 *
 * <p>Codes are hierarchical: the part before the first dot names the area ({@code constraint},
 * {@code reference}, {@code identifier} …). Constraint violations of Jakarta Validation are reported
 * as {@code constraint.} followed by the constraint's name in kebab case ({@code constraint.not-blank},
 * {@code constraint.slug}); {@link #CONSTRAINT} stands for all of them. A code never changes meaning
 * once released; new codes may be added. {@code docs/validation-codes.md} lists every code with an
 * example and its pointer.
 */
public enum IssueCode {
  /** A Jakarta Validation constraint is violated: {@code constraint.not-blank}, {@code constraint.slug} … */
  CONSTRAINT("constraint", Severity.ERROR, "a value breaks a constraint of its attribute"),
  /** A reference names no entity of the register or of the statement. */
  REFERENCE_UNRESOLVED("reference.unresolved", Severity.ERROR, "a reference names no known entity"),
  /** A reference names an entity of another kind than the place it is used requires. */
  REFERENCE_WRONG_KIND("reference.wrong-kind", Severity.ERROR, "a reference names an entity of the wrong kind"),
  /** Two entities of the statement share an identifier. */
  IDENTIFIER_DUPLICATE("identifier.duplicate", Severity.ERROR, "an identifier is defined twice in the statement"),
  /** A statement defines an entity with an identifier the register already holds. */
  IDENTIFIER_REDEFINES_REGISTER("identifier.redefines-register", Severity.ERROR, "a statement redefines a register entry"),
  /** A state or territory whose identifier is not an ISO 3166-1 alpha-3 code. */
  IDENTIFIER_NOT_ALPHA3("identifier.not-alpha3", Severity.ERROR, "a state or territory is not identified by an ISO 3166-1 alpha-3 code"),
  /** A co-chair of a meeting is not among its participants. */
  CO_CHAIR_NOT_PARTICIPANT("co-chair.not-participant", Severity.ERROR, "a co-chair is not a participant of the meeting"),
  /** A co-chair of a meeting was not a member of the Bali Process on the meeting date. */
  CO_CHAIR_NOT_MEMBER("co-chair.not-member", Severity.ERROR, "a co-chair was not a member on the meeting date"),
  /** A participant's role does not match its standing on the meeting date. */
  PARTICIPANT_STANDING("participant.standing", Severity.ERROR, "a participant did not hold the standing its role claims on the meeting date"),
  /** A participant is listed twice. */
  PARTICIPANT_DUPLICATE("participant.duplicate", Severity.ERROR, "a participant is listed twice"),
  /** A body referred to was established after the meeting date. */
  BODY_NOT_YET_ESTABLISHED("body.not-yet-established", Severity.ERROR, "a body is referred to before it was established"),
  /** A framework cited was adopted after the meeting date. */
  FRAMEWORK_NOT_YET_ADOPTED("framework.not-yet-adopted", Severity.ERROR, "a framework is cited before it was adopted"),
  /** A framework cited had been superseded before the meeting date. */
  FRAMEWORK_SUPERSEDED("framework.superseded", Severity.WARNING, "a framework is cited after it was superseded"),
  /** The statement is dated before the meeting it records. */
  DATE_STATEMENT_BEFORE_MEETING("date.statement-before-meeting", Severity.ERROR, "the statement is dated before its meeting"),
  /** A meeting ends before it begins, or a framework is superseded before it was adopted. */
  DATE_SPAN_REVERSED("date.span-reversed", Severity.ERROR, "an end date is before its start date"),
  /** Two meetings of one series share an ordinal. */
  ORDINAL_DUPLICATE("ordinal.duplicate", Severity.ERROR, "two meetings of one series share an ordinal"),
  /** A decision's clause does not begin with its operative verb. */
  CLAUSE_VERB_MISMATCH("clause.verb-mismatch", Severity.ERROR, "a clause does not begin with its declared verb"),
  /** A commitment names no owner. */
  COMMITMENT_NO_OWNER("commitment.no-owner", Severity.ERROR, "a commitment has no owner"),
  /** Paragraph numbers are not 1, 2, 3 … in reading order. */
  PARAGRAPH_NUMBERING("paragraph.numbering", Severity.ERROR, "paragraphs are not numbered 1, 2, 3 … in reading order"),
  /** A decision's verb is outside the vocabulary; it is kept as printed. */
  VERB_UNLISTED("verb.unlisted", Severity.WARNING, "a verb outside the vocabulary is kept as printed"),
  /** A decision's verb is {@code OTHER} and the verb as printed is missing, so the verb is lost. */
  VERB_NOT_KEPT("verb.not-kept", Severity.ERROR, "a verb outside the vocabulary is not kept as printed"),
  /** The meeting a statement records is a register meeting, with another date or place. */
  MEETING_REGISTER_MISMATCH("meeting.register-mismatch", Severity.ERROR, "a register meeting is given another date or place"),
  /** A meeting the statement names as held begins after the statement's date. */
  MEETING_HELD_AFTER_STATEMENT("meeting.held-after-statement", Severity.ERROR, "a meeting named as held begins after the statement"),
  /** A co-chair is not among the co-chairs the convening body records for the date. */
  CO_CHAIR_NOT_RECORDED("co-chair.not-recorded", Severity.ERROR, "a co-chair is not one the convening body records"),
  /** A participant attends before the date from which the sources attest its standing. */
  PARTICIPANT_BEFORE_ATTESTED("participant.before-attested", Severity.WARNING, "a participant attends before its standing is attested"),
  /** A decision recorded from another meeting names a meeting later than the one recording it. */
  DECISION_MADE_AT_LATER("decision.made-at-later", Severity.ERROR, "a decision is recorded as made at a later meeting"),
  /** A commitment carried out after it was due does not have the status SLIPPED. */
  COMMITMENT_NOT_SLIPPED("commitment.not-slipped", Severity.WARNING, "a commitment carried out late is not marked slipped"),
  /** A statement prints a name that differs from the entity's official name. */
  NAME_VARIANT("name.variant", Severity.INFO, "the statement prints a name that differs from the official one"),
  /** A rule could not be evaluated; the statement is reported rather than the failure thrown. */
  RULE_FAILED("validation.rule-failed", Severity.ERROR, "a validation rule could not be evaluated"),

  // The codes of the text importer (org.balimodel.core.text). Every one starts with "import."; they
  // ask a reviewer to check a choice the reader made, except the three that refuse a text.

  /** The text is longer than the reader's limit ({@code StatementImporter.DEFAULT_MAX_CHARACTERS}). */
  IMPORT_LIMIT_SIZE("import.limit.size", Severity.ERROR, "the text is longer than the reader's limit"),
  /** A control character or broken surrogate: the input is binary, or text decoded wrongly. */
  IMPORT_NOT_TEXT("import.not-text", Severity.ERROR, "the input is not text"),
  /** No paragraph, or no date anywhere: nothing in the text reads as a statement. */
  IMPORT_NO_STATEMENT("import.no-statement", Severity.ERROR, "nothing in the text reads as a statement"),
  /** The reader stopped listing its remarks; the last issue says how many more there were. */
  IMPORT_LIMIT_ISSUES("import.limit.issues", Severity.WARNING, "more review issues than a report lists"),
  /** A fact of the masthead (title, kind, meeting, ordinal, date, place, co-chairs) was not found or was guessed. */
  IMPORT_MASTHEAD("import.masthead", Severity.WARNING, "a fact of the masthead was not found or was guessed"),
  /** "They discussed …": the actor was taken from the sentence before. */
  IMPORT_ACTOR_PRONOUN("import.actor.pronoun", Severity.WARNING, "an actor named by a pronoun was taken from the sentence before"),
  /** The subject of an operative verb is no group, body, member or partner the reader knows. */
  IMPORT_ACTOR_UNRESOLVED("import.actor.unresolved", Severity.WARNING, "the subject of a verb names no known actor"),
  /** A meeting, document, partner or initiative the register does not hold became an entity of the draft. */
  IMPORT_ENTITY_LOCAL("import.entity.local", Severity.INFO, "a name not in the register became an entity of the draft"),
  /** A reference rests on a guess: priorities of a framework the text does not name. */
  IMPORT_REFERENCE_GUESSED("import.reference.guessed", Severity.WARNING, "a reference was linked by a guess"),
  /** A name in the attendance list is no member or observer of the register. */
  IMPORT_PARTICIPANT_UNRESOLVED("import.participant.unresolved", Severity.WARNING, "a name in the attendance list is no known member"),
  /** A forward-looking item was read as a commitment: check its owners, its due date and its status. */
  IMPORT_COMMITMENT("import.commitment", Severity.INFO, "a forward-looking item was read as a commitment"),
  /** The reader failed on this text: a fault of bali, reported instead of thrown, never expected. */
  IMPORT_INTERNAL("import.internal", Severity.ERROR, "the reader failed unexpectedly"),
  /** A paragraph records no act the reader recognised: a purpose paragraph, or a verb it does not know. */
  IMPORT_NO_DECISION("import.paragraph.no-decision", Severity.INFO, "a paragraph records no act the reader recognised"),

  // The codes of the JSON reader (bali-json). They live here, beside the validator's, so that one
  // type names every code a report can hold. Every one starts with "json."; the part after it names
  // the stage that found the problem (io, syntax, limit, structure).

  /** The input could not be read: a file that does not exist, a stream that failed. */
  JSON_IO("json.io", Severity.ERROR, "the input could not be read"),
  /** The document is not well-formed JSON. */
  JSON_SYNTAX("json.syntax", Severity.ERROR, "the document is not well-formed JSON"),
  /** The bytes are not UTF-8 (an invalid or overlong sequence, a surrogate, UTF-16 or UTF-32 input). */
  JSON_SYNTAX_ENCODING("json.syntax.encoding", Severity.ERROR, "the document is not valid UTF-8"),
  /** {@code NaN}, {@code Infinity} or {@code -Infinity} where JSON allows only finite numbers. */
  JSON_SYNTAX_NON_FINITE_NUMBER("json.syntax.non-finite-number", Severity.ERROR, "NaN and Infinity are not JSON numbers"),
  /** The input holds no JSON value at all. */
  JSON_SYNTAX_EMPTY("json.syntax.empty", Severity.ERROR, "the document is empty"),
  /** The document ends inside a value. */
  JSON_SYNTAX_TRUNCATED("json.syntax.truncated", Severity.ERROR, "the document ends before its root value is complete"),
  /** Something follows the root value. */
  JSON_SYNTAX_TRAILING_CONTENT("json.syntax.trailing-content", Severity.ERROR, "content follows the root value"),
  /** The document is larger than {@code Limits.maxDocumentBytes()}. */
  JSON_LIMIT_SIZE("json.limit.size", Severity.ERROR, "the document is larger than the size limit"),
  /** Objects and arrays nest deeper than {@code Limits.maxDepth()}. */
  JSON_LIMIT_DEPTH("json.limit.depth", Severity.ERROR, "values nest deeper than the depth limit"),
  /** A string is longer than {@code Limits.maxStringLength()}. */
  JSON_LIMIT_STRING("json.limit.string", Severity.ERROR, "a string is longer than the string limit"),
  /** A number has more characters than {@code Limits.maxNumberLength()}. */
  JSON_LIMIT_NUMBER("json.limit.number", Severity.ERROR, "a number is longer than the number limit"),
  /** A property name is longer than {@code Limits.maxNameLength()}. */
  JSON_LIMIT_NAME("json.limit.name", Severity.ERROR, "a property name is longer than the name limit"),
  /** The document has more tokens than {@code Limits.maxTokenCount()}. */
  JSON_LIMIT_TOKENS("json.limit.tokens", Severity.ERROR, "the document has more tokens than the token limit"),
  /**
   * More issues were found than a report lists: the reader's cap ({@code Limits.maxIssues()}), after
   * which it stops reading, or the validator's ({@link StatementValidator#DEFAULT_MAX_ISSUES}), after
   * which it counts the rest. Always the last issue of its report; {@link Report#tooMany()} asks.
   */
  JSON_LIMIT_ISSUES("json.limit.issues", Severity.ERROR, "more issues than a report lists"),
  /** A property that the format does not define (a warning in lenient mode). */
  JSON_UNKNOWN_PROPERTY("json.structure.unknown-property", Severity.ERROR, "a property the format does not define"),
  /** A property appears twice in one object. */
  JSON_DUPLICATE_PROPERTY("json.structure.duplicate-property", Severity.ERROR, "a property appears twice in one object"),
  /** A required property is absent. */
  JSON_MISSING_PROPERTY("json.structure.missing-property", Severity.ERROR, "a required property is absent"),
  /** A value of the wrong JSON type: {@code "16"} for a number, an array for an object … */
  JSON_WRONG_TYPE("json.structure.wrong-type", Severity.ERROR, "a value has the wrong JSON type"),
  /** {@code null}, which the format never uses: an absent value is an omitted property. */
  JSON_NULL("json.structure.null", Severity.ERROR, "null is not a value of the format; omit the property instead"),
  /** A string that names no constant of the enumeration the property takes. */
  JSON_UNKNOWN_CONSTANT("json.structure.unknown-constant", Severity.ERROR, "a string names no constant of its enumeration"),
  /** A string that is not an ISO 8601 date of the precision the property takes. */
  JSON_DATE("json.structure.date", Severity.ERROR, "a date is not an ISO 8601 date of the expected form"),
  /** An actor object without exactly one of {@code group}, {@code body}, {@code member}. */
  JSON_ACTOR("json.structure.actor", Severity.ERROR, "an actor has not exactly one of group, body, member"),
  /** An integer outside the range of a 32-bit signed integer. */
  JSON_NUMBER_RANGE("json.structure.number-range", Severity.ERROR, "an integer is out of range"),
  /** The model refused a value that is well-typed JSON (reported, never thrown). */
  JSON_INVALID_VALUE("json.structure.invalid-value", Severity.ERROR, "the model refuses a value"),
  /** {@code formatVersion} is not a version this library reads. */
  JSON_FORMAT_VERSION("json.format-version", Severity.ERROR, "the document's format version is not supported"),
  /** The reader failed in a way it did not foresee; reported rather than thrown. */
  JSON_INTERNAL("json.internal", Severity.ERROR, "the reader failed unexpectedly");

  private final String code;
  private final Severity severity;
  private final String meaning;

  IssueCode(String code, Severity severity, String meaning) {
    this.code = code;
    this.severity = severity;
    this.meaning = meaning;
  }

  /** The stable code, as issues carry it. */
  public String code() {
    return code;
  }

  /** The severity issues with this code have. */
  public Severity severity() {
    return severity;
  }

  /** What the code means, in a few words. */
  public String meaning() {
    return meaning;
  }

  /** An issue with this code and severity. */
  public Issue issue(String pointer, String message) {
    return Issue.of(severity, code, pointer, message);
  }

  /** An issue with this code and severity at a line and column of the source text, where known. */
  public Issue issue(String pointer, Optional<Location> location, String message) {
    return new Issue(severity, code, pointer, location, message);
  }

  /**
   * An issue with this code and another severity: {@link #JSON_UNKNOWN_PROPERTY} is a warning when
   * the reader is lenient.
   */
  public Issue issue(Severity severity, String pointer, String message) {
    return Issue.of(severity, code, pointer, message);
  }
}
