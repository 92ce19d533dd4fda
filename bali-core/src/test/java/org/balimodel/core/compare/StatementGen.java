package org.balimodel.core.compare;

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
import org.balimodel.core.model.Excerpt;
import org.balimodel.core.model.Framework;
import org.balimodel.core.model.FrameworkKind;
import org.balimodel.core.model.Initiative;
import org.balimodel.core.model.Instrument;
import org.balimodel.core.model.InstrumentKind;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.MeetingFormat;
import org.balimodel.core.model.MeetingKind;
import org.balimodel.core.model.MeetingLevel;
import org.balimodel.core.model.Member;
import org.balimodel.core.model.MemberKind;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Participant;
import org.balimodel.core.model.ParticipantRole;
import org.balimodel.core.model.Partner;
import org.balimodel.core.model.PartnerKind;
import org.balimodel.core.model.Place;
import org.balimodel.core.model.References;
import org.balimodel.core.model.Section;
import org.balimodel.core.model.Statement;
import org.balimodel.core.model.StatementKind;
import org.balimodel.core.model.SubItem;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of statements of every shape the model allows: preambles, nested and
 * empty sections, sub-items with decisions, excerpts, every kind of actor, verbs outside the
 * vocabulary, commitments with owner groups, and entities of every kind. Values come from small
 * pools, so that two statements share many facts and repeat some (the same text twice, the same
 * identifier for two entities), which is where a comparison can go wrong.
 */
final class StatementGen {
  private StatementGen() {}

  private static final List<String> IDS = List.of("AUS", "IDN", "WG-D", "RSO", "ASEAN", "m-1", "m-2", "doc-1", "jpa", "bpmc-8");
  private static final List<String> TEXTS = List.of(
      "The meeting noted the report.", "The meeting noted the report.", "Members “welcomed” the plan — warmly.",
      "Members \"welcomed\" the plan - warmly.", "  The RSO  briefed members. ", "Text of a paragraph.", "", "ｆｕｌｌ width",
      "16ᵗʰ meeting", "Ministers agreed.");
  private static final List<String> NAMES = List.of("Annual Meeting", "annual meeting!", "Policy Guide", "ASEAN", "", "Joint Period");

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

  private static <T> Optional<T> maybe(RandomnessSource in, T value) {
    return chance(in) ? Optional.of(value) : Optional.empty();
  }

  private static String id(RandomnessSource in) {
    return pick(in, IDS);
  }

  private static String text(RandomnessSource in) {
    return pick(in, TEXTS);
  }

  private static List<String> ids(RandomnessSource in, int max) {
    List<String> out = new ArrayList<>();
    for (int i = between(in, 0, max); i > 0; i--) {
      out.add(id(in));
    }
    return out;
  }

  private static PartialDate date(RandomnessSource in) {
    return switch (between(in, 0, 2)) {
      case 0 -> PartialDate.of(between(in, 2021, 2023));
      case 1 -> PartialDate.of(between(in, 2021, 2023), between(in, 1, 2));
      default -> PartialDate.of(between(in, 2021, 2023), between(in, 1, 2), between(in, 1, 2));
    };
  }

  private static Optional<PartialDate> maybeDate(RandomnessSource in) {
    return chance(in) ? Optional.of(date(in)) : Optional.empty();
  }

  /** Statements of any shape the records allow. */
  static Gen<Statement> statements() {
    return StatementGen::statement;
  }

  /** Pairs of statements, the second often a slightly changed copy of the first. */
  static Gen<List<Statement>> pairs() {
    return in -> {
      Statement first = statement(in);
      Statement second = between(in, 0, 2) == 0 ? statement(in) : StatementGen.changed(in, first);
      return List.of(first, second);
    };
  }

  static Statement statement(RandomnessSource in) {
    Statement.Builder statement = new Statement.Builder().id("generated").kind(anyOf(in, StatementKind.class))
        .title(chance(in) ? "Co-Chairs' Statement" : "Co-Chairs’ Statement").date(date(in)).meeting(meeting(in)).entities(entities(in));
    int[] number = {1};
    for (int i = between(in, 0, 2); i > 0; i--) {
      statement.addPreamble(paragraph(in, number));
    }
    for (int i = between(in, 0, 3); i > 0; i--) {
      statement.addSection(section(in, 0, number));
    }
    if (between(in, 0, 3) == 0) {
      statement.excerpt(new Excerpt("paragraph 3", Optional.empty()));
    }
    return statement.build();
  }

  private static Meeting meeting(RandomnessSource in) {
    Meeting.Builder meeting = new Meeting.Builder().id(id(in)).kind(anyOf(in, MeetingKind.class)).convenedBy(ids(in, 2))
        .ordinal(maybe(in, between(in, 1, 3))).date(maybeDate(in)).endDate(maybeDate(in)).format(maybe(in, anyOf(in, MeetingFormat.class)))
        .level(maybe(in, anyOf(in, MeetingLevel.class))).coChairs(ids(in, 2)).name(maybe(in, pick(in, NAMES)));
    if (chance(in)) {
      meeting.place(new Place(maybe(in, chance(in) ? "Bali" : " Bali"), chance(in) ? "IDN" : "THA"));
    }
    for (int i = between(in, 0, 4); i > 0; i--) {
      meeting.addParticipant(new Participant(id(in), anyOf(in, ParticipantRole.class), Optional.empty()));
    }
    return meeting.build();
  }

  private static Section section(RandomnessSource in, int depth, int[] number) {
    Section.Builder section = new Section.Builder().label(maybe(in, "I.")).heading(maybe(in, chance(in) ? "Key Themes" : "Key  Themes"));
    for (int i = between(in, 0, 2); i > 0; i--) {
      section.addParagraph(paragraph(in, number));
    }
    for (int i = depth < 3 ? between(in, 0, 2) : 0; i > 0; i--) {
      section.addSubsection(section(in, depth + 1, number));
    }
    return section.build();
  }

  private static Paragraph paragraph(RandomnessSource in, int[] number) {
    // Numbers usually follow on, sometimes repeat or jump.
    int n = between(in, 0, 4) == 0 ? between(in, 1, 4) : number[0];
    number[0]++;
    Paragraph.Builder paragraph = new Paragraph.Builder().number(n).label(maybe(in, n + ".")).text(text(in));
    for (int i = between(in, 0, 2); i > 0; i--) {
      paragraph.addDecision(decision(in));
    }
    for (int i = between(in, 0, 2); i > 0; i--) {
      SubItem.Builder item = new SubItem.Builder().label(maybe(in, "(a)")).text(text(in));
      for (int d = between(in, 0, 1); d > 0; d--) {
        item.addDecision(decision(in));
      }
      paragraph.addItem(item.build());
    }
    return paragraph.build();
  }

  private static Actor actor(RandomnessSource in) {
    return switch (between(in, 0, 3)) {
      case 0 -> Actor.group(anyOf(in, Actor.Group.class));
      case 1 -> Actor.body(id(in));
      case 2 -> Actor.member(id(in));
      default -> Actor.partner(id(in));
    };
  }

  private static Decision decision(RandomnessSource in) {
    OperativeVerb verb = between(in, 0, 4) == 0 ? OperativeVerb.OTHER : pick(in, List.of(OperativeVerb.NOTED, OperativeVerb.WELCOMED, OperativeVerb.AGREED));
    Decision.Builder decision = new Decision.Builder().actor(actor(in)).verb(verb).clause(text(in)).refersTo(references(in))
        .verbAsPrinted(maybe(in, chance(in) ? "highlights" : "Highlights"));
    for (int i = between(in, 0, 2); i > 0; i--) {
      List<Actor.Group> groups = chance(in) ? List.of() : List.of(anyOf(in, Actor.Group.class));
      decision.addCommitment(new Commitment(ids(in, 2), groups, text(in), maybeDate(in), anyOf(in, CommitmentStatus.class),
          references(in), Optional.empty()));
    }
    return decision.build();
  }

  private static References references(RandomnessSource in) {
    if (chance(in)) {
      return References.none();
    }
    return new References(ids(in, 1), ids(in, 2), ids(in, 2), ids(in, 1), List.of(), ids(in, 1), ids(in, 1), ids(in, 1));
  }

  private static Entities entities(RandomnessSource in) {
    if (between(in, 0, 3) == 0) {
      return Entities.none();
    }
    Entities.Builder entities = new Entities.Builder();
    for (int i = between(in, 0, 1); i > 0; i--) {
      entities.addMember(new Member.Builder().id(id(in)).kind(anyOf(in, MemberKind.class)).name(pick(in, NAMES)).build());
    }
    for (int i = between(in, 0, 1); i > 0; i--) {
      entities.addBody(new Body.Builder().id(id(in)).kind(anyOf(in, BodyKind.class)).name(pick(in, NAMES)).build());
    }
    for (int i = between(in, 0, 3); i > 0; i--) {
      entities.addMeeting(new Meeting.Builder().id(id(in)).kind(chance(in) ? MeetingKind.WORKING_GROUP_MEETING : MeetingKind.WEBINAR)
          .name(maybe(in, pick(in, NAMES))).convenedBy(ids(in, 2)).date(maybeDate(in)).build());
    }
    for (int i = between(in, 0, 1); i > 0; i--) {
      entities.addFramework(new Framework.Builder().id(id(in)).kind(anyOf(in, FrameworkKind.class)).name(pick(in, NAMES)).build());
    }
    for (int i = between(in, 0, 2); i > 0; i--) {
      entities.addInstrument(new Instrument.Builder().id(id(in)).kind(anyOf(in, InstrumentKind.class)).title(pick(in, NAMES)).build());
    }
    for (int i = between(in, 0, 1); i > 0; i--) {
      entities.addPartner(new Partner.Builder().id(id(in)).kind(anyOf(in, PartnerKind.class)).name(pick(in, NAMES)).build());
    }
    for (int i = between(in, 0, 2); i > 0; i--) {
      entities.addInitiative(new Initiative.Builder().id(id(in)).name(pick(in, NAMES)).date(maybeDate(in)).build());
    }
    return entities.build();
  }

  /** The statement with one change: a paragraph dropped, a decision's actor or verb changed, an entity renamed, a value changed. */
  static Statement changed(RandomnessSource in, Statement s) {
    List<Section> sections = new ArrayList<>(s.sections());
    Entities entities = s.entities();
    Meeting meeting = s.meeting();
    List<Paragraph> preamble = s.preamble();
    switch (between(in, 0, 4)) {
      case 0 -> {
        if (!sections.isEmpty()) {
          int i = between(in, 0, sections.size() - 1);
          Section section = sections.get(i);
          List<Paragraph> paragraphs = new ArrayList<>(section.paragraphs());
          if (!paragraphs.isEmpty()) {
            paragraphs.remove(between(in, 0, paragraphs.size() - 1));
          }
          sections.set(i, new Section(section.label(), section.heading(), paragraphs, section.subsections()));
        }
      }
      case 1 -> {
        if (!sections.isEmpty() && !sections.get(0).paragraphs().isEmpty()) {
          Section section = sections.get(0);
          List<Paragraph> paragraphs = new ArrayList<>(section.paragraphs());
          Paragraph p = paragraphs.get(0);
          List<Decision> decisions = new ArrayList<>(p.decisions());
          if (!decisions.isEmpty()) {
            Decision d = decisions.get(0);
            decisions.set(0, chance(in) ? Statements.withActor(d, actor(in)) : Statements.withVerb(d, OperativeVerb.COMMENDED));
          }
          paragraphs.set(0, Statements.withDecisions(chance(in) ? Statements.withText(p, "Another text.") : p, decisions));
          sections.set(0, new Section(section.label(), section.heading(), paragraphs, section.subsections()));
        }
      }
      case 2 -> {
        List<Meeting> meetings = new ArrayList<>(entities.meetings());
        if (!meetings.isEmpty()) {
          Meeting m = meetings.get(0);
          meetings.set(0, new Meeting.Builder().id("renamed-meeting").kind(m.kind()).name(m.name()).convenedBy(m.convenedBy()).date(m.date())
              .build());
          entities = new Entities(entities.members(), entities.bodies(), meetings, entities.frameworks(), entities.instruments(),
              entities.partners(), entities.initiatives());
        }
      }
      case 3 -> meeting = new Meeting.Builder().id(meeting.id()).kind(meeting.kind()).convenedBy(meeting.convenedBy())
          .ordinal(meeting.ordinal().map(n -> n + 1)).date(meeting.date()).participants(meeting.participants()).build();
      default -> preamble = List.of();
    }
    return new Statement(s.id(), s.kind(), s.title(), s.masthead(), s.date(), meeting, sections, entities, s.nameVariants(), s.source(),
        s.issuedBy(), s.excerpt(), preamble, s.attachments());
  }
}
