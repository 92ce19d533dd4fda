package org.balimodel.core.validation;

import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Body;
import org.balimodel.core.model.BodyKind;
import org.balimodel.core.model.Commitment;
import org.balimodel.core.model.CommitmentStatus;
import org.balimodel.core.model.Decision;
import org.balimodel.core.model.Entities;
import org.balimodel.core.model.Framework;
import org.balimodel.core.model.FrameworkKind;
import org.balimodel.core.model.Initiative;
import org.balimodel.core.model.Instrument;
import org.balimodel.core.model.InstrumentKind;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.MeetingFormat;
import org.balimodel.core.model.MeetingKind;
import org.balimodel.core.model.MeetingRelation;
import org.balimodel.core.model.Member;
import org.balimodel.core.model.MemberKind;
import org.balimodel.core.model.MemberStatus;
import org.balimodel.core.model.NameVariant;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Participant;
import org.balimodel.core.model.ParticipantRole;
import org.balimodel.core.model.Partner;
import org.balimodel.core.model.PartnerKind;
import org.balimodel.core.model.Place;
import org.balimodel.core.model.Priority;
import org.balimodel.core.model.References;
import org.balimodel.core.model.RelatedMeeting;
import org.balimodel.core.model.Section;
import org.balimodel.core.model.Standing;
import org.balimodel.core.model.Statement;
import org.balimodel.core.model.StatementKind;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of statements: valid ones on the fixture register, and arbitrary ones. */
final class Generators {
  private Generators() {}

  private static final List<String> STATES =
      List.of("AUS", "BGD", "IDN", "MYS", "MDV", "NZL", "PAK", "PHL", "LKA", "ARE", "THA", "USA", "VNM");
  private static final List<String> MEMBERS =
      List.of("AUS", "BGD", "IDN", "MYS", "MDV", "NZL", "PAK", "PHL", "LKA", "ARE", "THA", "USA", "VNM", "IOM", "UNHCR", "UNODC");
  private static final List<String> OBSERVERS = List.of("ICRC", "ILO");
  /** Bodies established by 2019, the earliest date valid statements use. */
  private static final List<String> BODIES = List.of("BPMC", "SG", "AHG", "WG-TIP", "WG-D", "RSO", "GABF");
  private static final List<String> MEETINGS =
      List.of("bpmc-1", "bpmc-2", "bpmc-3", "bpmc-4", "bpmc-5", "bpmc-6", "bpmc-7", "bpmc-8");
  /** Frameworks in force from 2019 to 2022. */
  private static final List<String> FRAMEWORKS = List.of("soc-2018", "gabf-aaa-recommendations", "gabf-workplan");
  private static final List<String> PRIORITIES =
      List.of("soc-2018-priority-1", "soc-2018-priority-2", "soc-2018-priority-7", "gabf-aaa-acknowledge", "gabf-aaa-advance", "gabf-ethical-employment");
  private static final List<String> INSTRUMENTS = List.of("ministerial-declaration-2018", "bali-declaration-2016");
  private static final List<String> SUBJECTS =
      List.of("", "The meeting", "Members", "Members of the AHG", "Co-chairs", "The Co-Chairs", "They", "Senior officials", "The RSO", "Some participants");
  private static final List<String> ADVERBS = List.of("", "also", "further", "warmly");
  private static final List<String> TAILS =
      List.of("the report of the working group.", "the importance of the Bali Process.", "progress against priorities.", "plans to strengthen collaboration with ASEAN.", "");

  // --- primitives --------------------------------------------------------------------------------

  private static int between(RandomnessSource in, int min, int max) {
    return Generate.range(min, max).generate(in);
  }

  private static boolean chance(RandomnessSource in) {
    return Generate.booleans().generate(in);
  }

  private static <T> T pick(RandomnessSource in, List<T> values) {
    return Generate.pick(values).generate(in);
  }

  private static <E extends Enum<E>> E anyOf(RandomnessSource in, Class<E> type) {
    return Generate.enumValues(type).generate(in);
  }

  /** Up to {@code max} distinct values of {@code pool}, in pool order. */
  private static List<String> subset(RandomnessSource in, List<String> pool, int max) {
    List<String> out = new ArrayList<>();
    for (String value : pool) {
      if (out.size() < max && between(in, 0, pool.size()) < max) {
        out.add(value);
      }
    }
    return out;
  }

  // --- valid statements --------------------------------------------------------------------------

  /** Statements that break no rule and no constraint against {@link Fixtures#REGISTER}. */
  static Gen<Statement> validStatements() {
    return Generators::validStatement;
  }

  private static Statement validStatement(RandomnessSource in) {
    PartialDate date = PartialDate.of(between(in, 2019, 2022), between(in, 1, 12), between(in, 1, 28));
    List<String> members = subset(in, MEMBERS, 8);
    if (members.isEmpty()) {
      members = List.of("IDN");
    }
    Meeting.Builder meeting = new Meeting.Builder().id("ahg-som-" + between(in, 17, 99)).kind(MeetingKind.SENIOR_OFFICIALS_MEETING)
        .addConvenedBy("AHG").ordinal(between(in, 17, 99)).date(date).format(anyOf(in, MeetingFormat.class));
    if (chance(in)) {
      meeting.endDate(PartialDate.of(date.earliest().plusDays(between(in, 0, 3))));
      meeting.place(Place.of("Bali", pick(in, STATES)));
    }
    for (String member : members) {
      meeting.addParticipant(Participant.member(member));
    }
    for (String observer : subset(in, OBSERVERS, 2)) {
      meeting.addParticipant(new Participant(observer, ParticipantRole.OBSERVER, Optional.empty()));
    }
    meeting.addCoChair(members.get(0));
    if (members.size() > 1 && chance(in)) {
      meeting.addCoChair(members.get(members.size() - 1));
    }
    int[] counter = {1};
    Statement.Builder statement = new Statement.Builder().id("generated-statement").kind(anyOf(in, StatementKind.class))
        .title("Co-Chairs' Statement").date(chance(in) ? date : PartialDate.of(date.earliest().plusDays(between(in, 1, 30))))
        .meeting(meeting.build());
    int sections = between(in, 0, 4);
    for (int i = 0; i < sections; i++) {
      statement.addSection(validSection(in, 0, counter));
    }
    return statement.build();
  }

  private static Section validSection(RandomnessSource in, int depth, int[] counter) {
    Section.Builder section = new Section.Builder().heading("Heading " + depth);
    int paragraphs = between(in, 0, 3);
    for (int i = 0; i < paragraphs; i++) {
      Paragraph.Builder paragraph = new Paragraph.Builder().number(counter[0]++).text("Text of a paragraph.");
      int decisions = between(in, 0, 3);
      for (int d = 0; d < decisions; d++) {
        paragraph.addDecision(validDecision(in));
      }
      section.addParagraph(paragraph.build());
    }
    int subsections = depth < 2 ? between(in, 0, 2) : 0;
    for (int i = 0; i < subsections; i++) {
      section.addSubsection(validSection(in, depth + 1, counter));
    }
    return section.build();
  }

  private static Decision validDecision(RandomnessSource in) {
    // A listed verb: OTHER is valid only with the verb as printed, and then remarked.
    OperativeVerb verb = OperativeVerb.values()[between(in, 0, OperativeVerb.values().length - 2)];
    StringBuilder clause = new StringBuilder();
    for (String part : List.of(pick(in, SUBJECTS), pick(in, ADVERBS), verb.phrase(), pick(in, TAILS))) {
      if (!part.isEmpty()) {
        clause.append(clause.length() == 0 ? "" : " ").append(part);
      }
    }
    Actor actor = switch (between(in, 0, 2)) {
      case 0 -> Actor.group(anyOf(in, Actor.Group.class));
      case 1 -> Actor.body(pick(in, BODIES));
      default -> Actor.member(pick(in, MEMBERS));
    };
    Decision.Builder decision = new Decision.Builder().actor(actor).verb(verb).clause(clause.toString()).refersTo(validReferences(in));
    int commitments = between(in, 0, 2);
    for (int i = 0; i < commitments; i++) {
      Commitment.Builder commitment = new Commitment.Builder().what("do something useful").status(anyOf(in, CommitmentStatus.class))
          .addOwner(chance(in) ? pick(in, BODIES) : pick(in, MEMBERS));
      if (chance(in)) {
        commitment.due(PartialDate.of(between(in, 2023, 2030)));
      }
      decision.addCommitment(commitment.refersTo(validReferences(in)).build());
    }
    return decision.build();
  }

  private static References validReferences(RandomnessSource in) {
    if (chance(in)) {
      return References.none();
    }
    return new References.Builder().members(subset(in, MEMBERS, 2)).bodies(subset(in, BODIES, 2)).meetings(subset(in, MEETINGS, 2))
        .frameworks(subset(in, FRAMEWORKS, 1)).priorities(subset(in, PRIORITIES, 2)).instruments(subset(in, INSTRUMENTS, 1)).build();
  }

  // --- arbitrary statements ----------------------------------------------------------------------

  /** Statements of any shape: random identifiers, references, enums, optionals and dates. */
  static Gen<Statement> arbitraryStatements() {
    return Generators::arbitraryStatement;
  }

  private static final Gen<String> ANY_TEXT = strings().allPossible().ofLengthBetween(0, 12);
  private static final List<String> KNOWN = new ArrayList<>();

  static {
    KNOWN.addAll(MEMBERS);
    KNOWN.addAll(OBSERVERS);
    KNOWN.addAll(BODIES);
    KNOWN.addAll(MEETINGS);
    KNOWN.addAll(FRAMEWORKS);
    KNOWN.addAll(PRIORITIES);
    KNOWN.addAll(INSTRUMENTS);
    KNOWN.addAll(List.of("adelaide-strategy-2023", "adelaide-strategy-2023-area-3", "local-1", "local-2", "LOCAL", ""));
  }

  /** Mostly identifiers that may resolve, sometimes any text at all. */
  private static String id(RandomnessSource in) {
    return between(in, 0, 3) == 0 ? ANY_TEXT.generate(in) : pick(in, KNOWN);
  }

  private static String text(RandomnessSource in) {
    return between(in, 0, 2) == 0 ? ANY_TEXT.generate(in) : pick(in, TAILS);
  }

  private static List<String> ids(RandomnessSource in) {
    int n = between(in, 0, 3);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(id(in));
    }
    return out;
  }

  private static PartialDate date(RandomnessSource in) {
    int year = between(in, 1000, chance(in) ? 2030 : 9999);
    return switch (between(in, 0, 2)) {
      case 0 -> PartialDate.of(year);
      case 1 -> PartialDate.of(year, between(in, 1, 12));
      default -> PartialDate.of(year, between(in, 1, 12), between(in, 1, 28));
    };
  }

  private static Optional<PartialDate> maybeDate(RandomnessSource in) {
    return chance(in) ? Optional.of(date(in)) : Optional.empty();
  }

  private static <T> Optional<T> maybe(RandomnessSource in, T value) {
    return chance(in) ? Optional.of(value) : Optional.empty();
  }

  private static Statement arbitraryStatement(RandomnessSource in) {
    Statement.Builder statement = new Statement.Builder().id(id(in)).kind(anyOf(in, StatementKind.class)).title(text(in))
        .date(date(in)).meeting(arbitraryMeeting(in)).entities(arbitraryEntities(in));
    int[] counter = {between(in, -1, 2)};
    int sections = between(in, 0, 3);
    for (int i = 0; i < sections; i++) {
      statement.addSection(arbitrarySection(in, 0, counter));
    }
    int variants = between(in, 0, 2);
    for (int i = 0; i < variants; i++) {
      statement.addNameVariant(new NameVariant(id(in), text(in), maybe(in, text(in))));
    }
    return statement.build();
  }

  private static Meeting arbitraryMeeting(RandomnessSource in) {
    Meeting.Builder meeting = new Meeting.Builder().id(id(in)).kind(anyOf(in, MeetingKind.class)).convenedBy(ids(in))
        .ordinal(maybe(in, between(in, -2, 20))).date(maybeDate(in)).endDate(maybeDate(in)).format(maybe(in, anyOf(in, MeetingFormat.class)))
        .coChairs(ids(in)).name(maybe(in, text(in)));
    if (chance(in)) {
      meeting.place(new Place(maybe(in, text(in)), id(in)));
    }
    int participants = between(in, 0, 5);
    for (int i = 0; i < participants; i++) {
      meeting.addParticipant(new Participant(id(in), anyOf(in, ParticipantRole.class), Optional.empty()));
    }
    if (chance(in)) {
      meeting.addRelated(new RelatedMeeting(id(in), anyOf(in, MeetingRelation.class)));
    }
    return meeting.build();
  }

  private static Section arbitrarySection(RandomnessSource in, int depth, int[] counter) {
    Section.Builder section = new Section.Builder().heading(text(in));
    int paragraphs = between(in, 0, 2);
    for (int i = 0; i < paragraphs; i++) {
      // Numbers usually follow on, sometimes jump, repeat or go negative.
      int number = between(in, 0, 4) == 0 ? between(in, -3, 10) : counter[0];
      counter[0]++;
      Paragraph.Builder paragraph = new Paragraph.Builder().number(number).text(text(in));
      int decisions = between(in, 0, 2);
      for (int d = 0; d < decisions; d++) {
        paragraph.addDecision(arbitraryDecision(in));
      }
      section.addParagraph(paragraph.build());
    }
    int subsections = depth < 6 ? between(in, 0, 2) : 0;
    for (int i = 0; i < subsections; i++) {
      section.addSubsection(arbitrarySection(in, depth + 1, counter));
    }
    return section.build();
  }

  private static Decision arbitraryDecision(RandomnessSource in) {
    Actor actor = switch (between(in, 0, 2)) {
      case 0 -> Actor.group(anyOf(in, Actor.Group.class));
      case 1 -> Actor.body(id(in));
      default -> Actor.member(id(in));
    };
    OperativeVerb verb = anyOf(in, OperativeVerb.class);
    String clause = chance(in) ? pick(in, SUBJECTS) + " " + anyOf(in, OperativeVerb.class).phrase() + " " + text(in) : text(in);
    Decision.Builder decision = new Decision.Builder().actor(actor).verb(verb).clause(clause).refersTo(arbitraryReferences(in));
    int commitments = between(in, 0, 2);
    for (int i = 0; i < commitments; i++) {
      decision.addCommitment(new Commitment(ids(in), List.of(), text(in), maybeDate(in), anyOf(in, CommitmentStatus.class), arbitraryReferences(in), Optional.empty()));
    }
    return decision.build();
  }

  private static References arbitraryReferences(RandomnessSource in) {
    if (chance(in)) {
      return References.none();
    }
    return new References(ids(in), ids(in), ids(in), ids(in), ids(in), ids(in), ids(in), ids(in));
  }

  private static Entities arbitraryEntities(RandomnessSource in) {
    if (chance(in)) {
      return Entities.none();
    }
    Entities.Builder entities = new Entities.Builder();
    for (int i = between(in, 0, 2); i > 0; i--) {
      entities.addMember(new Member.Builder().id(id(in)).kind(anyOf(in, MemberKind.class)).name(text(in))
          .addStanding(new Standing(anyOf(in, MemberStatus.class), maybeDate(in), maybeDate(in))).build());
    }
    for (int i = between(in, 0, 2); i > 0; i--) {
      entities.addBody(new Body.Builder().id(id(in)).kind(anyOf(in, BodyKind.class)).name(text(in)).parent(maybe(in, id(in)))
          .established(maybeDate(in)).build());
    }
    for (int i = between(in, 0, 2); i > 0; i--) {
      entities.addMeeting(arbitraryMeeting(in));
    }
    for (int i = between(in, 0, 1); i > 0; i--) {
      entities.addFramework(new Framework.Builder().id(id(in)).kind(anyOf(in, FrameworkKind.class)).name(text(in))
          .owner(maybe(in, id(in))).adoptedAt(maybe(in, id(in))).adopted(maybeDate(in)).superseded(maybeDate(in))
          .supersededBy(maybe(in, id(in))).addPriority(new Priority.Builder().id(id(in)).build()).build());
    }
    for (int i = between(in, 0, 1); i > 0; i--) {
      entities.addInstrument(new Instrument.Builder().id(id(in)).kind(anyOf(in, InstrumentKind.class)).title(text(in))
          .issuedBy(maybe(in, id(in))).adoptedAt(maybe(in, id(in))).date(maybeDate(in)).build());
    }
    for (int i = between(in, 0, 1); i > 0; i--) {
      entities.addPartner(new Partner.Builder().id(id(in)).kind(anyOf(in, PartnerKind.class)).name(text(in)).build());
    }
    for (int i = between(in, 0, 1); i > 0; i--) {
      entities.addInitiative(new Initiative.Builder().id(id(in)).name(text(in)).leads(ids(in)).date(maybeDate(in)).build());
    }
    return entities.build();
  }
}
