package org.balimodel.core.validation;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Runs each check of the document rules under the name of its {@link Rule}, so that a check that
 * throws is reported as {@code validation.rule-failed} naming the rule, that rule is not run again
 * for the statement, and every other rule goes on. A user gets a report, never a stack trace.
 */
final class RuleGuard {

  /** The document rules, by the names {@code validation.rule-failed} reports. */
  enum Rule {
    INDEX("entity-index"),
    REFERENCES("references-resolve"),
    IDENTIFIERS("identifiers-unique"),
    STATE_CODES("state-identifiers-alpha3"),
    CO_CHAIRS("co-chairs"),
    PARTICIPANTS("participants"),
    BODY_ESTABLISHED("body-established"),
    FRAMEWORK_IN_FORCE("framework-in-force"),
    DATES("dates-ordered"),
    ORDINALS("ordinals-unique"),
    REGISTER_MEETINGS("register-meetings-agree"),
    CLAUSE_VERB("clause-begins-with-verb"),
    VERBS("verbs-kept"),
    COMMITMENT_OWNER("commitment-has-owner"),
    COMMITMENT_STATUS("commitment-status"),
    PARAGRAPH_NUMBERS("paragraph-numbering"),
    NAME_VARIANTS("name-variants");

    private final String label;

    Rule(String label) {
      this.label = label;
    }

    /** The rule's name in reports. */
    String label() {
      return label;
    }
  }

  private final IssueSink issues;
  private final Set<Rule> failed = EnumSet.noneOf(Rule.class);

  RuleGuard(IssueSink issues) {
    this.issues = issues;
  }

  /**
   * Runs {@code check} for {@code rule} unless the rule has failed before; reports the rule as failed
   * at {@code pointer} if the check throws.
   *
   * @return what the check returned, or false when it did not run or threw
   */
  boolean run(Rule rule, String pointer, BooleanSupplier check) {
    if (failed.contains(rule)) {
      return false;
    }
    try {
      return check.getAsBoolean();
    } catch (RuntimeException | StackOverflowError e) {
      failed.add(rule);
      issues.add(
          IssueCode.RULE_FAILED.issue(
              pointer,
              "the rule "
                  + rule.label()
                  + " could not be evaluated ("
                  + e.getClass().getSimpleName()
                  + "); it was skipped for the rest of the statement, the other rules were checked"));
      return false;
    }
  }

  /** Whether {@code rule} has failed and is no longer run. */
  boolean hasFailed(Rule rule) {
    return failed.contains(rule);
  }
}
