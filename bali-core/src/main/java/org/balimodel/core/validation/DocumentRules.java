package org.balimodel.core.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Section;
import org.balimodel.core.model.Statement;
import org.balimodel.core.register.Register;
import org.balimodel.core.validation.RuleGuard.Rule;

/**
 * The document rules (layer 3): what needs the whole statement and the register.
 *
 * <p>One walk over the statement in document order (the order of the record components, which is
 * the order of the JSON properties) hands each part to its family of rules — {@link ReferenceRules},
 * {@link MeetingRules}, {@link TextRules}, {@link DateRules} — over one {@link RuleContext}, which
 * resolves every reference through an {@link EntityIndex} built once at the start. Every check runs
 * under a {@link RuleGuard}: a check that throws is reported, and the other rules go on.
 */
final class DocumentRules {
  private DocumentRules() {}

  static List<Issue> check(Statement statement, Register register) {
    IssueSink sink = new IssueSink(Integer.MAX_VALUE);
    check(statement, register, sink);
    return sink.issues();
  }

  /** Checks the rules into a sink, which keeps as many issues as its cap allows. */
  static void check(Statement statement, Register register, IssueSink issues) {
    RuleGuard guard = new RuleGuard(issues);
    EntityIndex[] index = new EntityIndex[1];
    boolean indexed = guard.run(Rule.INDEX, "", () -> {
      index[0] = new EntityIndex(statement, register);
      return true;
    });
    if (indexed) {
      walk(new RuleContext(statement, register, index[0], guard, issues));
    }
  }

  /** A section still to be walked, with its pointer. */
  private record Pending(Section section, String pointer) {}

  private static void walk(RuleContext context) {
    Statement statement = context.statement;
    DateRules dates = new DateRules(context);
    ReferenceRules references = new ReferenceRules(context, dates);
    MeetingRules meetings = new MeetingRules(context, dates, references);
    TextRules text = new TextRules(context, references, dates);

    PartialDate meetingDate = statement.meeting().date().orElse(null);
    dates.statementNotBeforeMeeting();
    meetings.meeting(statement.meeting(), "/meeting", true);
    List<Paragraph> preamble = statement.preamble();
    for (int i = 0; i < preamble.size(); i++) {
      text.paragraph(preamble.get(i), RuleContext.at("", "preamble", i), meetingDate);
    }
    // An explicit stack rather than recursion: nesting depth is the data's choice, not ours.
    Deque<Pending> pending = new ArrayDeque<>();
    List<Section> top = statement.sections();
    for (int i = top.size() - 1; i >= 0; i--) {
      pending.push(new Pending(top.get(i), "/sections/" + i));
    }
    while (!pending.isEmpty()) {
      Pending next = pending.pop();
      List<Paragraph> paragraphs = next.section().paragraphs();
      for (int i = 0; i < paragraphs.size(); i++) {
        text.paragraph(paragraphs.get(i), RuleContext.at(next.pointer(), "paragraphs", i), meetingDate);
      }
      List<Section> subsections = next.section().subsections();
      for (int i = subsections.size() - 1; i >= 0; i--) {
        pending.push(new Pending(subsections.get(i), RuleContext.at(next.pointer(), "subsections", i)));
      }
    }
    references.entities(statement.entities());
    meetings.entityMeetings(statement.entities().meetings());
    references.laterEntities(statement.entities());
    references.nameVariants(statement.nameVariants());
    references.masthead(statement);
  }
}
