package org.balimodel.core.validation;

import static org.balimodel.core.validation.Messages.quote;
import static org.balimodel.core.validation.RuleContext.at;

import java.util.Optional;
import org.balimodel.core.model.Body;
import org.balimodel.core.model.Framework;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.validation.RuleGuard.Rule;

/**
 * The rules of dates: a statement is not dated before its meeting, a body referred to existed on
 * the meeting date, a framework cited was in force, a framework is not superseded before it was
 * adopted. Partial dates count in the statement's favour where they overlap.
 */
final class DateRules {
  private final RuleContext context;

  DateRules(RuleContext context) {
    this.context = context;
  }

  void statementNotBeforeMeeting() {
    PartialDate meetingDate = context.statement.meeting().date().orElse(null);
    context.guarded(Rule.DATES, "/date", () -> {
      PartialDate issued = context.statement.date();
      if (meetingDate != null && issued.isBefore(meetingDate)) {
        context.report(
            IssueCode.DATE_STATEMENT_BEFORE_MEETING,
            "/date",
            "the statement is dated " + issued + ", before its meeting on " + meetingDate);
      }
      return true;
    });
  }

  /** A body referred to existed on the date. */
  void bodyEstablished(String id, PartialDate date, String base, String field, int position) {
    if (date == null) {
      return;
    }
    context.guarded(Rule.BODY_ESTABLISHED, base, () -> {
      Body body = context.index.body(id);
      PartialDate established = body == null ? null : body.established().orElse(null);
      if (established != null && established.isAfter(date)) {
        context.report(
            IssueCode.BODY_NOT_YET_ESTABLISHED,
            RuleContext.pointer(base, field, position),
            "the body " + quote(id) + " was established in " + established + ", after the meeting date " + date);
      }
      return true;
    });
  }

  /**
   * A framework cited was adopted by the date and had not been superseded before it. A draft may be
   * referred to before it is adopted: that is what a draft is.
   */
  void frameworkInForce(Framework framework, PartialDate date, String base, String field, int position) {
    if (date == null || framework == null) {
      return;
    }
    context.guarded(Rule.FRAMEWORK_IN_FORCE, base, () -> {
      String pointer = at(base, field, position);
      PartialDate adopted = framework.adopted().orElse(null);
      PartialDate superseded = framework.superseded().orElse(null);
      if (adopted != null && adopted.isAfter(date) && !framework.isDraft()) {
        context.report(
            IssueCode.FRAMEWORK_NOT_YET_ADOPTED,
            pointer,
            "the framework " + quote(framework.id()) + " was adopted in " + adopted + ", after the meeting date " + date);
      } else if (superseded != null && superseded.isBefore(date)) {
        context.report(
            IssueCode.FRAMEWORK_SUPERSEDED,
            pointer,
            "the framework " + quote(framework.id()) + " had been superseded in " + superseded
                + framework.supersededBy().map(by -> " by " + quote(by)).orElse("")
                + ", before the meeting date " + date);
      }
      return true;
    });
  }

  /** A framework the statement defines is not superseded before it was adopted. */
  void frameworkSpan(Framework framework, String entry) {
    context.guarded(Rule.DATES, entry, () -> {
      Optional<PartialDate> adopted = framework.adopted();
      Optional<PartialDate> superseded = framework.superseded();
      if (adopted.isPresent() && superseded.isPresent() && superseded.get().isBefore(adopted.get())) {
        context.report(
            IssueCode.DATE_SPAN_REVERSED,
            entry + "/superseded",
            "the framework is superseded in " + superseded.get() + ", before it was adopted in " + adopted.get());
      }
      return true;
    });
  }
}
