package org.balimodel.core.validation;

/**
 * The stable codes of the issues {@link StatementValidator} reports, with their severity and meaning.
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
  RULE_FAILED("validation.rule-failed", Severity.ERROR, "a validation rule could not be evaluated");

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
}
