package org.balimodel.core.validation;

import static org.balimodel.core.validation.Messages.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Body;
import org.balimodel.core.model.CoChairTerm;
import org.balimodel.core.model.Commitment;
import org.balimodel.core.model.Decision;
import org.balimodel.core.model.Entities;
import org.balimodel.core.model.Framework;
import org.balimodel.core.model.Initiative;
import org.balimodel.core.model.Instrument;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.MeetingKind;
import org.balimodel.core.model.Member;
import org.balimodel.core.model.MemberKind;
import org.balimodel.core.model.MemberStatus;
import org.balimodel.core.model.NameVariant;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.Participant;
import org.balimodel.core.model.ParticipantRole;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Partner;
import org.balimodel.core.model.Priority;
import org.balimodel.core.model.References;
import org.balimodel.core.model.RelatedMeeting;
import org.balimodel.core.model.Section;
import org.balimodel.core.model.Statement;
import org.balimodel.core.register.Register;

/**
 * The document rules (layer 3): what needs the whole statement and the register.
 *
 * <p>One instance per validation walks the statement once, in document order (the order of the
 * record components, which is the order of the JSON properties), and resolves every reference
 * through an {@link EntityIndex} built once at the start. Each check runs under the name of its
 * {@link Rule}: a check that throws is reported as {@code validation.rule-failed} with the rule's
 * name, that rule is not run again for this statement, and every other rule goes on.
 */
final class DocumentRules {

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
    CLAUSE_VERB("clause-begins-with-verb"),
    COMMITMENT_OWNER("commitment-has-owner"),
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

  /** ISO 3166-1 alpha-3 codes, as the JDK knows them. */
  private static final Set<String> ALPHA3 =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  /** A meeting series and a number in it: its kind and its set of convening bodies. */
  private record SeriesOrdinal(MeetingKind kind, Set<String> convenedBy, int ordinal) {}

  private final Statement statement;
  private final Register register;
  private final Rule failing;
  private final IssueSink issues;
  private final Set<Rule> failed = EnumSet.noneOf(Rule.class);
  private final Map<String, String> definedAt = new HashMap<>();
  private final Map<SeriesOrdinal, String> ordinals = new HashMap<>();
  private EntityIndex index;
  private int nextParagraph = 1;

  private DocumentRules(Statement statement, Register register, Rule failing, IssueSink issues) {
    this.issues = issues;
    this.statement = statement;
    this.register = register;
    this.failing = failing;
  }

  static List<Issue> check(Statement statement, Register register) {
    return check(statement, register, (Rule) null);
  }

  /**
   * As {@link #check(Statement, Register)}, with {@code failing} made to throw whenever it runs, so
   * that tests can show that a failing rule is reported and the other rules still run.
   */
  static List<Issue> check(Statement statement, Register register, Rule failing) {
    IssueSink sink = new IssueSink(Integer.MAX_VALUE);
    new DocumentRules(statement, register, failing, sink).run();
    return sink.issues();
  }

  /** Checks the rules into a sink, which keeps as many issues as its cap allows. */
  static void check(Statement statement, Register register, IssueSink sink) {
    new DocumentRules(statement, register, null, sink).run();
  }

  private void run() {
    boolean indexed = guarded(Rule.INDEX, "", () -> {
      index = new EntityIndex(statement, register);
      seedOrdinals();
      return true;
    });
    if (!indexed) {
      return;
    }
    PartialDate meetingDate = statement.meeting().date().orElse(null);
    guarded(Rule.DATES, "/date", () -> statementNotBeforeMeeting(meetingDate));
    meeting(statement.meeting(), "/meeting", true);
    sections(meetingDate);
    entities(statement.entities());
    nameVariants(statement.nameVariants());
  }

  // ---------------------------------------------------------------------------------------------
  // Running rules

  /** Runs one check of {@code rule}; reports the rule as failed at {@code pointer} if it throws. */
  private boolean guarded(Rule rule, String pointer, BooleanSupplier body) {
    if (failed.contains(rule)) {
      return false;
    }
    try {
      if (rule == failing) {
        throw new IllegalStateException("rule made to fail");
      }
      return body.getAsBoolean();
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

  private void report(IssueCode code, String pointer, String message) {
    issues.add(code.issue(pointer, message));
  }

  private static String at(String base, String field, int index) {
    return base + "/" + field + "/" + index;
  }

  // ---------------------------------------------------------------------------------------------
  // References

  /**
   * Whether {@code id} names an entity of one of the {@code allowed} kinds; reports the reference
   * otherwise. {@code index} is the position in {@code field}'s list, or -1 for a single value.
   */
  private boolean resolves(String base, String field, int position, String id, Set<EntityKind> allowed) {
    return guarded(Rule.REFERENCES, base, () -> {
      for (EntityKind kind : allowed) {
        if (index.find(kind, id) != null) {
          return true;
        }
      }
      String pointer = position < 0 ? base + "/" + field : at(base, field, position);
      EntityKind actual = index.kindOf(id);
      if (actual == null) {
        report(
            IssueCode.REFERENCE_UNRESOLVED,
            pointer,
            quote(id) + " names no " + EntityKind.describeWithout(allowed)
                + " of the register or of the statement");
      } else {
        report(
            IssueCode.REFERENCE_WRONG_KIND,
            pointer,
            quote(id) + " is " + actual.withArticle() + ", but " + EntityKind.describe(allowed) + " is required here");
      }
      return false;
    });
  }

  private void references(References refs, String base, PartialDate date) {
    List<String> ids = refs.members();
    for (int i = 0; i < ids.size(); i++) {
      resolves(base, "members", i, ids.get(i), EntityKind.MEMBERS);
    }
    ids = refs.bodies();
    for (int i = 0; i < ids.size(); i++) {
      if (resolves(base, "bodies", i, ids.get(i), EntityKind.BODIES)) {
        bodyEstablished(ids.get(i), date, base, "bodies", i);
      }
    }
    ids = refs.meetings();
    for (int i = 0; i < ids.size(); i++) {
      resolves(base, "meetings", i, ids.get(i), EntityKind.MEETINGS);
    }
    ids = refs.frameworks();
    for (int i = 0; i < ids.size(); i++) {
      if (resolves(base, "frameworks", i, ids.get(i), EntityKind.FRAMEWORKS)) {
        frameworkInForce(index.framework(ids.get(i)), date, base, "frameworks", i);
      }
    }
    ids = refs.priorities();
    for (int i = 0; i < ids.size(); i++) {
      if (resolves(base, "priorities", i, ids.get(i), EntityKind.PRIORITIES)) {
        Framework framework = index.frameworkOfPriority(ids.get(i));
        if (framework != null) {
          frameworkInForce(framework, date, base, "priorities", i);
        }
      }
    }
    ids = refs.instruments();
    for (int i = 0; i < ids.size(); i++) {
      resolves(base, "instruments", i, ids.get(i), EntityKind.INSTRUMENTS);
    }
    ids = refs.partners();
    for (int i = 0; i < ids.size(); i++) {
      resolves(base, "partners", i, ids.get(i), EntityKind.PARTNERS);
    }
    ids = refs.initiatives();
    for (int i = 0; i < ids.size(); i++) {
      resolves(base, "initiatives", i, ids.get(i), EntityKind.INITIATIVES);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Dates of bodies and frameworks

  /** A body referred to existed on the date; partial dates count in the statement's favour. */
  private void bodyEstablished(String id, PartialDate date, String base, String field, int position) {
    if (date == null) {
      return;
    }
    guarded(Rule.BODY_ESTABLISHED, base, () -> {
      Body body = index.body(id);
      PartialDate established = body == null ? null : body.established().orElse(null);
      if (established != null && established.isAfter(date)) {
        report(
            IssueCode.BODY_NOT_YET_ESTABLISHED,
            position < 0 ? base + "/" + field : at(base, field, position),
            "the body " + quote(id) + " was established in " + established + ", after the meeting date " + date);
      }
      return true;
    });
  }

  /** A framework cited was adopted by the date and had not been superseded before it. */
  private void frameworkInForce(Framework framework, PartialDate date, String base, String field, int position) {
    if (date == null || framework == null) {
      return;
    }
    guarded(Rule.FRAMEWORK_IN_FORCE, base, () -> {
      String pointer = at(base, field, position);
      PartialDate adopted = framework.adopted().orElse(null);
      PartialDate superseded = framework.superseded().orElse(null);
      if (adopted != null && adopted.isAfter(date)) {
        report(
            IssueCode.FRAMEWORK_NOT_YET_ADOPTED,
            pointer,
            "the framework " + quote(framework.id()) + " was adopted in " + adopted + ", after the meeting date " + date);
      } else if (superseded != null && superseded.isBefore(date)) {
        report(
            IssueCode.FRAMEWORK_SUPERSEDED,
            pointer,
            "the framework " + quote(framework.id()) + " had been superseded in " + superseded
                + framework.supersededBy().map(by -> " by " + quote(by)).orElse("")
                + ", before the meeting date " + date);
      }
      return true;
    });
  }

  private boolean statementNotBeforeMeeting(PartialDate meetingDate) {
    if (meetingDate != null && statement.date().isBefore(meetingDate)) {
      report(
          IssueCode.DATE_STATEMENT_BEFORE_MEETING,
          "/date",
          "the statement is dated " + statement.date() + ", before its meeting on " + meetingDate);
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Meetings

  private void meeting(Meeting meeting, String base, boolean recorded) {
    PartialDate date = meeting.date().orElse(null);
    define(meeting.id(), base + "/id", recorded);
    List<String> convenedBy = meeting.convenedBy();
    for (int i = 0; i < convenedBy.size(); i++) {
      if (resolves(base, "convenedBy", i, convenedBy.get(i), EntityKind.BODIES)) {
        // Each meeting's convening bodies are checked against that meeting's own date.
        bodyEstablished(convenedBy.get(i), date, base, "convenedBy", i);
      }
    }
    guarded(Rule.ORDINALS, base, () -> ordinal(meeting, base));
    guarded(Rule.DATES, base, () -> span(meeting, base));
    Set<String> attending = new HashSet<>();
    for (Participant participant : meeting.participants()) {
      attending.add(participant.member());
    }
    coChairs(meeting, base, date, attending);
    participants(meeting, base, date);
    List<RelatedMeeting> related = meeting.related();
    for (int i = 0; i < related.size(); i++) {
      resolves(at(base, "related", i), "meeting", -1, related.get(i).meeting(), EntityKind.MEETINGS);
    }
  }

  private void seedOrdinals() {
    for (Meeting meeting : register.meetings()) {
      if (meeting.ordinal().isPresent()) {
        ordinals.putIfAbsent(seriesOrdinal(meeting), meeting.id());
      }
    }
  }

  private static SeriesOrdinal seriesOrdinal(Meeting meeting) {
    return new SeriesOrdinal(meeting.kind(), Set.copyOf(meeting.convenedBy()), meeting.ordinal().orElseThrow());
  }

  private boolean ordinal(Meeting meeting, String base) {
    if (meeting.ordinal().isEmpty()) {
      return true;
    }
    String holder = ordinals.putIfAbsent(seriesOrdinal(meeting), meeting.id());
    // A register meeting recorded by the statement is the same meeting, not a second one.
    if (holder != null && !holder.equals(meeting.id())) {
      report(
          IssueCode.ORDINAL_DUPLICATE,
          base + "/ordinal",
          "ordinal " + meeting.ordinal().get() + " of the series of " + meeting.kind() + " convened by "
              + meeting.convenedBy() + " is already held by the meeting " + quote(holder));
    }
    return true;
  }

  private boolean span(Meeting meeting, String base) {
    if (meeting.date().isPresent() && meeting.endDate().isPresent()
        && meeting.endDate().get().isBefore(meeting.date().get())) {
      report(
          IssueCode.DATE_SPAN_REVERSED,
          base + "/endDate",
          "the meeting ends on " + meeting.endDate().get() + ", before it begins on " + meeting.date().get());
    }
    return true;
  }

  /** The member's status on the date; with no date known, its latest status. */
  private static MemberStatus status(Member member, PartialDate date) {
    if (date != null) {
      return member.statusOn(date).orElse(null);
    }
    return member.standings().isEmpty() ? null : member.standings().get(member.standings().size() - 1).status();
  }

  private void coChairs(Meeting meeting, String base, PartialDate date, Set<String> attending) {
    List<String> coChairs = meeting.coChairs();
    for (int i = 0; i < coChairs.size(); i++) {
      String id = coChairs.get(i);
      if (!resolves(base, "coChairs", i, id, EntityKind.MEMBERS)) {
        continue;
      }
      String pointer = at(base, "coChairs", i);
      guarded(Rule.CO_CHAIRS, pointer, () -> {
        if (!attending.contains(id)) {
          report(IssueCode.CO_CHAIR_NOT_PARTICIPANT, pointer, "the co-chair " + quote(id) + " is not among the meeting's participants");
        }
        MemberStatus status = status(index.member(id), date);
        if (status != MemberStatus.MEMBER) {
          report(
              IssueCode.CO_CHAIR_NOT_MEMBER,
              pointer,
              "the co-chair " + quote(id) + " was " + describe(status) + (date == null ? "" : " on " + date)
                  + ", not a member");
        }
        return true;
      });
    }
  }

  private static String describe(MemberStatus status) {
    return status == null ? "neither member nor observer" : status == MemberStatus.OBSERVER ? "an observer" : "a member";
  }

  private void participants(Meeting meeting, String base, PartialDate date) {
    List<Participant> participants = meeting.participants();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < participants.size(); i++) {
      Participant participant = participants.get(i);
      String id = participant.member();
      String entry = at(base, "participants", i);
      boolean first = seen.add(id);
      if (!first) {
        guarded(Rule.PARTICIPANTS, entry, () -> {
          report(IssueCode.PARTICIPANT_DUPLICATE, entry + "/member", quote(id) + " is already listed among the participants");
          return true;
        });
        continue;
      }
      ParticipantRole role = participant.role();
      if (role == ParticipantRole.GUEST) {
        // A guest may be a member of any standing or a partner: there is nothing more to check.
        resolves(entry, "member", -1, id, EntityKind.GUESTS);
        continue;
      }
      if (!resolves(entry, "member", -1, id, EntityKind.MEMBERS)) {
        continue;
      }
      guarded(Rule.PARTICIPANTS, entry, () -> {
        MemberStatus status = status(index.member(id), date);
        boolean allowed =
            role == ParticipantRole.MEMBER
                ? status == MemberStatus.MEMBER
                : status == MemberStatus.MEMBER || status == MemberStatus.OBSERVER;
        if (!allowed) {
          report(
              IssueCode.PARTICIPANT_STANDING,
              entry + "/role",
              quote(id) + " attends as " + role + " but was " + describe(status)
                  + (date == null ? "" : " on " + date));
        }
        return true;
      });
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Sections, paragraphs, decisions

  /** A section still to be walked, with its pointer. */
  private record Pending(Section section, String pointer) {}

  private void sections(PartialDate date) {
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
        paragraph(paragraphs.get(i), at(next.pointer(), "paragraphs", i), date);
      }
      List<Section> subsections = next.section().subsections();
      for (int i = subsections.size() - 1; i >= 0; i--) {
        pending.push(new Pending(subsections.get(i), at(next.pointer(), "subsections", i)));
      }
    }
  }

  private void paragraph(Paragraph paragraph, String base, PartialDate date) {
    int expected = nextParagraph++;
    guarded(Rule.PARAGRAPH_NUMBERS, base, () -> {
      if (paragraph.number() != expected) {
        report(
            IssueCode.PARAGRAPH_NUMBERING,
            base + "/number",
            "paragraph " + expected + " in reading order is numbered " + paragraph.number());
      }
      return true;
    });
    List<Decision> decisions = paragraph.decisions();
    for (int i = 0; i < decisions.size(); i++) {
      decision(decisions.get(i), at(base, "decisions", i), date);
    }
  }

  private void decision(Decision decision, String base, PartialDate date) {
    Actor actor = decision.actor();
    if (actor instanceof Actor.OfBody body) {
      if (resolves(base + "/actor", "body", -1, body.body(), EntityKind.BODIES)) {
        bodyEstablished(body.body(), date, base + "/actor", "body", -1);
      }
    } else if (actor instanceof Actor.OfMember member) {
      resolves(base + "/actor", "member", -1, member.member(), EntityKind.MEMBERS);
    }
    guarded(Rule.CLAUSE_VERB, base, () -> clauseVerb(decision, base));
    references(decision.refersTo(), base + "/refersTo", date);
    List<Commitment> commitments = decision.commitments();
    for (int i = 0; i < commitments.size(); i++) {
      commitment(commitments.get(i), at(base, "commitments", i), date);
    }
  }

  private boolean clauseVerb(Decision decision, String base) {
    OperativeVerb declared = decision.verb();
    OperativeVerb found = ClauseVerbs.leadingVerb(decision.clause());
    if (found == declared) {
      return true;
    }
    String pointer = base + "/clause";
    if (found == null) {
      report(
          IssueCode.CLAUSE_VERB_MISMATCH,
          pointer,
          "the clause " + quote(decision.clause()) + " does not begin with the declared verb \""
              + declared.phrase() + "\" within its first " + (ClauseVerbs.MAX_WORDS_BEFORE + 1) + " words");
    } else {
      report(
          IssueCode.CLAUSE_VERB_MISMATCH,
          pointer,
          "the clause " + quote(decision.clause()) + " begins with the verb \"" + found.phrase()
              + "\", not the declared \"" + declared.phrase() + "\"");
    }
    return true;
  }

  private void commitment(Commitment commitment, String base, PartialDate date) {
    List<String> owners = commitment.owners();
    guarded(Rule.COMMITMENT_OWNER, base, () -> {
      if (owners.isEmpty()) {
        report(IssueCode.COMMITMENT_NO_OWNER, base + "/owners", "the commitment names no body or member that will act");
      }
      return true;
    });
    for (int i = 0; i < owners.size(); i++) {
      if (resolves(base, "owners", i, owners.get(i), EntityKind.ACTORS) && index.body(owners.get(i)) != null) {
        bodyEstablished(owners.get(i), date, base, "owners", i);
      }
    }
    references(commitment.refersTo(), base + "/refersTo", date);
  }

  // ---------------------------------------------------------------------------------------------
  // The statement's own entities

  private void entities(Entities entities) {
    String base = "/entities";
    List<Member> members = entities.members();
    for (int i = 0; i < members.size(); i++) {
      Member member = members.get(i);
      String entry = at(base, "members", i);
      define(member.id(), entry + "/id", false);
      guarded(Rule.STATE_CODES, entry, () -> {
        if (member.kind() == MemberKind.STATE_OR_TERRITORY && !ALPHA3.contains(member.id())) {
          report(
              IssueCode.IDENTIFIER_NOT_ALPHA3,
              entry + "/id",
              "the state or territory " + quote(member.id()) + " is not identified by an ISO 3166-1 alpha-3 code");
        }
        return true;
      });
    }
    List<Body> bodies = entities.bodies();
    for (int i = 0; i < bodies.size(); i++) {
      Body body = bodies.get(i);
      String entry = at(base, "bodies", i);
      define(body.id(), entry + "/id", false);
      body.parent().ifPresent(parent -> resolves(entry, "parent", -1, parent, EntityKind.BODIES));
      List<CoChairTerm> terms = body.coChairs();
      for (int t = 0; t < terms.size(); t++) {
        List<String> ids = terms.get(t).members();
        String term = at(entry, "coChairs", t);
        for (int m = 0; m < ids.size(); m++) {
          resolves(term, "members", m, ids.get(m), EntityKind.MEMBERS);
        }
      }
    }
    List<Meeting> meetings = entities.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      meeting(meetings.get(i), at(base, "meetings", i), false);
    }
    List<Framework> frameworks = entities.frameworks();
    for (int i = 0; i < frameworks.size(); i++) {
      framework(frameworks.get(i), at(base, "frameworks", i));
    }
    List<Instrument> instruments = entities.instruments();
    for (int i = 0; i < instruments.size(); i++) {
      Instrument instrument = instruments.get(i);
      String entry = at(base, "instruments", i);
      define(instrument.id(), entry + "/id", false);
      instrument.issuedBy().ifPresent(id -> resolves(entry, "issuedBy", -1, id, EntityKind.BODIES));
      instrument.adoptedAt().ifPresent(id -> resolves(entry, "adoptedAt", -1, id, EntityKind.MEETINGS));
    }
    List<Partner> partners = entities.partners();
    for (int i = 0; i < partners.size(); i++) {
      define(partners.get(i).id(), at(base, "partners", i) + "/id", false);
    }
    List<Initiative> initiatives = entities.initiatives();
    for (int i = 0; i < initiatives.size(); i++) {
      Initiative initiative = initiatives.get(i);
      String entry = at(base, "initiatives", i);
      define(initiative.id(), entry + "/id", false);
      List<String> leads = initiative.leads();
      for (int l = 0; l < leads.size(); l++) {
        resolves(entry, "leads", l, leads.get(l), EntityKind.LEADS);
      }
    }
  }

  private void framework(Framework framework, String entry) {
    define(framework.id(), entry + "/id", false);
    framework.owner().ifPresent(id -> resolves(entry, "owner", -1, id, EntityKind.BODIES));
    framework.adoptedAt().ifPresent(id -> resolves(entry, "adoptedAt", -1, id, EntityKind.MEETINGS));
    guarded(Rule.DATES, entry, () -> {
      Optional<PartialDate> adopted = framework.adopted();
      Optional<PartialDate> superseded = framework.superseded();
      if (adopted.isPresent() && superseded.isPresent() && superseded.get().isBefore(adopted.get())) {
        report(
            IssueCode.DATE_SPAN_REVERSED,
            entry + "/superseded",
            "the framework is superseded in " + superseded.get() + ", before it was adopted in " + adopted.get());
      }
      return true;
    });
    framework.supersededBy().ifPresent(id -> resolves(entry, "supersededBy", -1, id, EntityKind.FRAMEWORKS));
    List<Priority> priorities = framework.priorities();
    for (int p = 0; p < priorities.size(); p++) {
      define(priorities.get(p).id(), at(entry, "priorities", p) + "/id", false);
    }
  }

  /**
   * An identifier the statement defines is defined once in the document and is not a register
   * entry. The meeting the statement records may be a register meeting (a statement of the 8th
   * Ministerial Conference records {@code bpmc-8}): that is the same meeting, not a redefinition.
   */
  private void define(String id, String pointer, boolean recordedMeeting) {
    guarded(Rule.IDENTIFIERS, pointer, () -> {
      String first = definedAt.putIfAbsent(id, pointer);
      if (first != null) {
        report(IssueCode.IDENTIFIER_DUPLICATE, pointer, quote(id) + " is already defined at " + first);
        return true;
      }
      EntityKind inRegister = index.registerKindOf(id);
      if (inRegister != null && !(recordedMeeting && inRegister == EntityKind.MEETING)) {
        report(
            IssueCode.IDENTIFIER_REDEFINES_REGISTER,
            pointer,
            quote(id) + " is already " + inRegister.withArticle() + " of the register; refer to it instead of defining it");
      }
      return true;
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Name variants

  private void nameVariants(List<NameVariant> variants) {
    for (int i = 0; i < variants.size(); i++) {
      NameVariant variant = variants.get(i);
      String entry = "/nameVariants/" + i;
      if (!resolves(entry, "entity", -1, variant.entity(), EntityKind.ANY)) {
        continue;
      }
      guarded(Rule.NAME_VARIANTS, entry, () -> {
        Object entity = index.find(index.kindOf(variant.entity()), variant.entity());
        String official = EntityIndex.officialName(entity);
        report(
            IssueCode.NAME_VARIANT,
            entry + "/asWritten",
            "the statement prints " + quote(variant.asWritten()) + " for " + quote(variant.entity())
                + (official == null ? ", which has no official name in the register" : ", officially " + quote(official)));
        return true;
      });
    }
  }
}
