package org.balimodel.core.validation;

import static org.balimodel.core.validation.Messages.quote;
import static org.balimodel.core.validation.RuleContext.at;

import java.util.List;
import org.balimodel.core.internal.ClauseVerbs;
import org.balimodel.core.model.Commitment;
import org.balimodel.core.model.CommitmentStatus;
import org.balimodel.core.model.Decision;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.SubItem;
import org.balimodel.core.validation.RuleGuard.Rule;

/**
 * The rules of the text: paragraphs are numbered in reading order; a decision's clause begins with
 * its verb in one of its printed forms; a verb outside the vocabulary is kept and remarked; a
 * decision recorded from another meeting names an earlier one; commitments have owners and a status
 * that agrees with when they were carried out.
 *
 * <p>For an excerpt, paragraph numbers need only increase: the excerpt may begin anywhere and skip.
 */
final class TextRules {
  private final RuleContext context;
  private final ReferenceRules references;
  private final DateRules dates;
  private int nextParagraph = 1;
  private int lastParagraph = 0;

  TextRules(RuleContext context, ReferenceRules references, DateRules dates) {
    this.context = context;
    this.references = references;
    this.dates = dates;
  }

  void paragraph(Paragraph paragraph, String base, PartialDate date) {
    int expected = nextParagraph++;
    int previous = lastParagraph;
    lastParagraph = paragraph.number();
    context.guarded(Rule.PARAGRAPH_NUMBERS, base, () -> {
      if (context.excerpt()) {
        if (paragraph.number() <= previous) {
          context.report(
              IssueCode.PARAGRAPH_NUMBERING,
              base + "/number",
              "paragraph numbered " + paragraph.number() + " follows paragraph " + previous + " in reading order");
        }
      } else if (paragraph.number() != expected) {
        context.report(
            IssueCode.PARAGRAPH_NUMBERING,
            base + "/number",
            "paragraph " + expected + " in reading order is numbered " + paragraph.number());
      }
      return true;
    });
    decisions(paragraph.decisions(), base, date);
    List<SubItem> items = paragraph.items();
    for (int i = 0; i < items.size(); i++) {
      decisions(items.get(i).decisions(), at(base, "items", i), date);
    }
  }

  private void decisions(List<Decision> decisions, String base, PartialDate date) {
    for (int i = 0; i < decisions.size(); i++) {
      decision(decisions.get(i), at(base, "decisions", i), date);
    }
  }

  private void decision(Decision decision, String base, PartialDate date) {
    references.actor(decision.actor(), base + "/actor", date);
    context.guarded(Rule.VERBS, base, () -> verbKept(decision, base));
    context.guarded(Rule.CLAUSE_VERB, base, () -> clauseVerb(decision, base));
    decision.madeAt().ifPresent(id -> {
      if (context.resolves(base, "madeAt", -1, id, Kinds.MEETINGS)) {
        context.guarded(Rule.DATES, base, () -> madeEarlier(id, base));
      }
    });
    references.capacities(decision.capacities(), base);
    references.references(decision.refersTo(), base + "/refersTo", date);
    List<Commitment> commitments = decision.commitments();
    for (int i = 0; i < commitments.size(); i++) {
      commitment(commitments.get(i), at(base, "commitments", i), date);
    }
  }

  /** A verb outside the vocabulary is kept as printed and remarked; without its printed form it would be lost. */
  private boolean verbKept(Decision decision, String base) {
    if (decision.verb() != OperativeVerb.OTHER) {
      return true;
    }
    if (decision.verbAsPrinted().isEmpty()) {
      context.report(
          IssueCode.VERB_NOT_KEPT,
          base + "/verbAsPrinted",
          "the verb is OTHER but the decision does not keep it as printed, so it would be lost");
    } else {
      context.report(
          IssueCode.VERB_UNLISTED,
          base + "/verbAsPrinted",
          "the verb " + quote(decision.verbAsPrinted().get()) + " is outside bali's vocabulary; it is kept as printed");
    }
    return true;
  }

  private boolean clauseVerb(Decision decision, String base) {
    OperativeVerb declared = decision.verb();
    String pointer = base + "/clause";
    ClauseVerbs.Found found = ClauseVerbs.find(decision.clause());
    if (declared == OperativeVerb.OTHER) {
      String printed = decision.verbAsPrinted().orElse(null);
      if (printed == null) {
        return true;
      }
      int at = ClauseVerbs.positionOf(decision.clause(), printed);
      if (at < 0 || (found != null && found.position() < at)) {
        context.report(
            IssueCode.CLAUSE_VERB_MISMATCH,
            pointer,
            "the clause " + quote(decision.clause()) + " does not begin with the verb as printed " + quote(printed)
                + (found == null ? "" : "; it begins with \"" + found.printed() + "\" (" + found.verb() + ")"));
      }
      return true;
    }
    if (decision.verbAsPrinted().isPresent()
        && OperativeVerb.ofPrinted(decision.verbAsPrinted().get()) != declared) {
      context.report(
          IssueCode.CLAUSE_VERB_MISMATCH,
          base + "/verbAsPrinted",
          quote(decision.verbAsPrinted().get()) + " is not a form of the declared verb \"" + declared.phrase() + "\"");
    }
    if (found != null && found.verb() == declared) {
      return true;
    }
    if (found == null) {
      context.report(
          IssueCode.CLAUSE_VERB_MISMATCH,
          pointer,
          "the clause " + quote(decision.clause()) + " does not begin with the declared verb \""
              + declared.phrase() + "\", in any of its forms, within its first " + (ClauseVerbs.MAX_WORDS_BEFORE + 1) + " words");
    } else {
      context.report(
          IssueCode.CLAUSE_VERB_MISMATCH,
          pointer,
          "the clause " + quote(decision.clause()) + " begins with the verb \"" + found.printed()
              + "\" (" + found.verb().phrase() + "), not the declared \"" + declared.phrase() + "\"");
    }
    return true;
  }

  /** A decision recorded from another meeting was made before the meeting that records it. */
  private boolean madeEarlier(String meetingId, String base) {
    Meeting at = context.index.meeting(meetingId);
    PartialDate made = at == null ? null : at.date().orElse(null);
    PartialDate recording = context.statement.meeting().date().orElse(context.statement.date());
    if (made != null && made.isAfter(recording)) {
      context.report(
          IssueCode.DECISION_MADE_AT_LATER,
          base + "/madeAt",
          "the decision is recorded as made at " + quote(meetingId) + " on " + made
              + ", after the meeting that records it (" + recording + ")");
    }
    return true;
  }

  private void commitment(Commitment commitment, String base, PartialDate date) {
    List<String> owners = commitment.owners();
    context.guarded(Rule.COMMITMENT_OWNER, base, () -> {
      if (owners.isEmpty() && commitment.ownerGroups().isEmpty()) {
        context.report(
            IssueCode.COMMITMENT_NO_OWNER, base + "/owners", "the commitment names no body, member or group that will act");
      }
      return true;
    });
    for (int i = 0; i < owners.size(); i++) {
      if (context.resolves(base, "owners", i, owners.get(i), Kinds.ACTORS) && context.index.body(owners.get(i)) != null) {
        dates.bodyEstablished(owners.get(i), date, base, "owners", i);
      }
    }
    commitment.fulfilledBy().ifPresent(id -> {
      if (context.resolves(base, "fulfilledBy", -1, id, Kinds.MEETINGS)) {
        context.guarded(Rule.COMMITMENT_STATUS, base, () -> slipped(commitment, id, base));
      }
    });
    references.references(commitment.refersTo(), base + "/refersTo", date);
  }

  /**
   * A commitment carried out by a meeting after it was due slipped: "the next Ministerial
   * Conference, scheduled for 2015" was held in March 2016.
   */
  private boolean slipped(Commitment commitment, String meetingId, String base) {
    Meeting meeting = context.index.meeting(meetingId);
    PartialDate held = meeting == null ? null : meeting.date().orElse(null);
    PartialDate due = commitment.due().orElse(null);
    if (held != null && due != null && held.isAfter(due) && commitment.status() != CommitmentStatus.SLIPPED) {
      context.report(
          IssueCode.COMMITMENT_NOT_SLIPPED,
          base + "/status",
          "the commitment was due " + due + " and carried out by " + quote(meetingId) + " on " + held
              + ", later; its status is " + commitment.status() + ", not SLIPPED");
    }
    return true;
  }
}
