package org.balimodel.examples.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Commitment;
import org.balimodel.core.model.CommitmentStatus;
import org.balimodel.core.model.Decision;
import org.balimodel.core.model.Entities;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.MeetingFormat;
import org.balimodel.core.model.MeetingKind;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Participant;
import org.balimodel.core.model.Partner;
import org.balimodel.core.model.PartnerKind;
import org.balimodel.core.model.Place;
import org.balimodel.core.model.References;
import org.balimodel.core.model.Section;
import org.balimodel.core.model.Source;
import org.balimodel.core.model.Statement;
import org.balimodel.core.model.StatementKind;

/**
 * Synthetic co-chairs' statements of an Ad Hoc Group Senior Officials' Meeting with as many
 * decisions as a benchmark asks for, built to be valid against the register bali ships.
 *
 * <p>The meeting is shaped like the seed's (Bali, 6 December 2022, hybrid, co-chaired by Indonesia
 * and Australia, the seed's sixteen participants) so that every rule that depends on the meeting
 * date holds. Each decision refers to register entries only (members among the participants,
 * bodies established by 2022, the 2018 Strategy for Cooperation and its priorities, the 2018
 * Ministerial Declaration) or to the statement's own two partners, so reference resolution is
 * exercised on every decision. Every fourth decision records a commitment of a body due in 2023.
 *
 * <p>The statement is a function of its size and seed alone: the same arguments always give an
 * equal statement, so benchmark runs and tests see the same data.
 */
final class SyntheticStatements {

  /** Paragraphs per section: sections stay the size of the seed's, so depth does not grow with size. */
  static final int PARAGRAPHS_PER_SECTION = 8;

  static final LocalDate MEETING_DAY = LocalDate.of(2022, 12, 6);

  static final List<String> PARTICIPANTS =
      List.of("AUS", "BGD", "IDN", "MYS", "MDV", "NZL", "PAK", "PHL", "LKA", "ARE", "THA", "USA", "VNM",
          "IOM", "UNHCR", "UNODC");

  static final List<String> BODIES = List.of("AHG", "WG-TIP", "WG-D", "TEG-RR", "TFPP", "GABF", "RSO");

  static final List<String> PRIORITIES =
      List.of("soc-2018-priority-1", "soc-2018-priority-2", "soc-2018-priority-3", "soc-2018-priority-4",
          "soc-2018-priority-5", "soc-2018-priority-6", "soc-2018-priority-7");

  static final List<String> PARTNERS = List.of("ASEAN", "BUDAPEST-PROCESS");

  // Verbs whose clauses read naturally after any of the subjects below.
  private static final List<OperativeVerb> VERBS =
      List.of(OperativeVerb.WELCOMED, OperativeVerb.NOTED, OperativeVerb.COMMENDED, OperativeVerb.ACKNOWLEDGED,
          OperativeVerb.DISCUSSED, OperativeVerb.REVIEWED, OperativeVerb.SUPPORTED, OperativeVerb.RECOGNISED,
          OperativeVerb.AFFIRMED, OperativeVerb.APPRECIATED);

  private static final List<String> TOPICS =
      List.of("the progress made towards", "the activities undertaken in support of", "the report on",
          "further collaboration under", "the forward work plan addressing", "the lessons learnt on");

  private SyntheticStatements() {}

  /** A valid statement with exactly {@code decisions} decisions, a function of both arguments. */
  static Statement withDecisions(int decisions, long seed) {
    if (decisions < 1) {
      throw new IllegalArgumentException("a statement needs at least one decision: " + decisions);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Section> sections = new ArrayList<>();
    List<Paragraph> paragraphs = new ArrayList<>();
    int made = 0;
    int number = 0;
    while (made < decisions) {
      // One to three decisions a paragraph, as in the seed.
      int inParagraph = Math.min(decisions - made, 1 + random.nextInt(3));
      List<Decision> paragraphDecisions = new ArrayList<>(inParagraph);
      for (int i = 0; i < inParagraph; i++) {
        paragraphDecisions.add(decision(made++, random));
      }
      number++;
      paragraphs.add(new Paragraph.Builder()
          .number(number)
          .text(String.join(" ", paragraphDecisions.stream().map(d -> d.clause() + ".").toList()))
          .addAllDecisions(paragraphDecisions)
          .build());
      if (paragraphs.size() == PARAGRAPHS_PER_SECTION || made == decisions) {
        sections.add(new Section.Builder()
            .heading("Working Group Updates " + (sections.size() + 1))
            .addAllParagraphs(paragraphs)
            .build());
        paragraphs = new ArrayList<>();
      }
    }
    return new Statement.Builder()
        .id("synthetic-ahg-som-" + decisions + "-decisions")
        .kind(StatementKind.CO_CHAIRS_STATEMENT)
        .title("Co-Chairs' Statement")
        .addMasthead("The Bali Process")
        .addMasthead("on People Smuggling, Trafficking in Persons and Related Transnational Crime")
        .addMasthead("Synthetic Ad Hoc Group Senior Officials' Meeting")
        .date(PartialDate.of(MEETING_DAY))
        .meeting(meeting())
        .addAllSections(sections)
        .entities(new Entities.Builder()
            .addPartner(new Partner.Builder()
                .id("ASEAN")
                .kind(PartnerKind.REGIONAL_ORGANISATION)
                .name("Association of Southeast Asian Nations")
                .build())
            .addPartner(new Partner.Builder()
                .id("BUDAPEST-PROCESS")
                .kind(PartnerKind.REGIONAL_CONSULTATIVE_PROCESS)
                .name("Budapest Process")
                .build())
            .build())
        .source(Source.of("generated by SyntheticStatements for the bali benchmarks"))
        .build();
  }

  private static Meeting meeting() {
    Meeting.Builder meeting = new Meeting.Builder()
        .id("synthetic-ahg-som")
        .kind(MeetingKind.SENIOR_OFFICIALS_MEETING)
        .name("Synthetic Ad Hoc Group Senior Officials' Meeting")
        .addConvenedBy("AHG")
        .date(PartialDate.of(MEETING_DAY))
        .place(Place.of("Bali", "IDN"))
        .format(MeetingFormat.HYBRID)
        .addCoChair("IDN")
        .addCoChair("AUS");
    for (String participant : PARTICIPANTS) {
      meeting.addParticipant(Participant.member(participant));
    }
    return meeting.build();
  }

  private static Decision decision(int index, SplittableRandom random) {
    OperativeVerb verb = pick(VERBS, random);
    String body = pick(BODIES, random);
    String member = pick(PARTICIPANTS, random);
    String priority = pick(PRIORITIES, random);
    References.Builder refs = new References.Builder()
        .addBody(body)
        .addMember(member)
        .addFramework("soc-2018")
        .addPriority(priority);
    // Some decisions also cite the declaration or a partner, as the seed's do.
    if (random.nextInt(5) == 0) {
      refs.addInstrument("ministerial-declaration-2018");
    }
    if (random.nextInt(7) == 0) {
      refs.addPartner(pick(PARTNERS, random));
    }
    Actor actor;
    String subject;
    switch (random.nextInt(4)) {
      case 0 -> {
        actor = Actor.group(Actor.Group.MEMBERS);
        subject = "Members";
      }
      case 1 -> {
        actor = Actor.body(body);
        subject = "The " + body;
      }
      default -> {
        actor = Actor.meeting();
        subject = "The meeting";
      }
    }
    String clause = subject + " " + verb.phrase() + " " + pick(TOPICS, random) + " " + body + " (item "
        + (index + 1) + ") and its contribution to " + priority + " of the 2018 Strategy for Cooperation, with "
        + member;
    Decision.Builder decision = new Decision.Builder()
        .actor(actor)
        .verb(verb)
        .clause(clause)
        .refersTo(refs.build());
    if (index % 4 == 3) {
      decision.addCommitment(new Commitment.Builder()
          .addOwner(body)
          .what("continue " + pick(TOPICS, random).replace("the ", "") + " item " + (index + 1))
          .due(PartialDate.of(2023))
          .status(CommitmentStatus.INTENDED)
          .build());
    }
    return decision.build();
  }

  private static <T> T pick(List<T> from, SplittableRandom random) {
    return from.get(random.nextInt(from.size()));
  }
}
