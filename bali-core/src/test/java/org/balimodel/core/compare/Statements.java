package org.balimodel.core.compare;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Commitment;
import org.balimodel.core.model.CommitmentStatus;
import org.balimodel.core.model.Decision;
import org.balimodel.core.model.Entities;
import org.balimodel.core.model.Initiative;
import org.balimodel.core.model.Instrument;
import org.balimodel.core.model.InstrumentKind;
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
import org.balimodel.core.model.Statement;
import org.balimodel.core.model.StatementKind;
import org.balimodel.core.model.SubItem;

/**
 * A small co-chairs' statement in the manner of an AHG SOM statement, with a preamble, two sections
 * (one with a subsection), a paragraph with lettered items, decisions, commitments and entities of
 * its own; and the means to resolve a JSON Pointer in a statement.
 */
final class Statements {
  private Statements() {}

  static final String WGD_MEETING = "wg-d-annual-meeting-2022";

  static Meeting.Builder meeting() {
    Meeting.Builder meeting = new Meeting.Builder().id("ahg-som-16").kind(MeetingKind.SENIOR_OFFICIALS_MEETING).addConvenedBy("AHG")
        .ordinal(16).date(PartialDate.of(2022, 12, 6)).place(Place.of("Bali", "IDN")).format(MeetingFormat.HYBRID)
        .addCoChairs("IDN", "AUS");
    for (String id : List.of("AUS", "IDN", "NZL", "THA", "IOM")) {
      meeting.addParticipant(Participant.member(id));
    }
    return meeting;
  }

  static Decision.Builder decision(Actor actor, OperativeVerb verb, String clause) {
    return new Decision.Builder().actor(actor).verb(verb).clause(clause);
  }

  static Paragraph preamble() {
    return new Paragraph.Builder().number(1).text("Noting the 20-year anniversary of the Bali Process, members reflected on its role.")
        .addDecision(decision(Actor.group(Actor.Group.MEMBERS), OperativeVerb.REFLECTED, "members reflected on its role.")
            .refersTo(new References.Builder().addBody("BALI-PROCESS").build()).build())
        .build();
  }

  static Paragraph wgdParagraph() {
    return new Paragraph.Builder().number(2).label("2.")
        .text("The meeting noted updates from the Annual Meeting of the WG-D held in Bangkok in October 2022. The meeting welcomed"
            + " the intention of the WG-D to initiate another Joint Period of Action in 2023.")
        .addDecision(decision(Actor.meeting(), OperativeVerb.NOTED, "The meeting noted updates from the Annual Meeting of the WG-D")
            .refersTo(new References.Builder().addMeeting(WGD_MEETING).build()).build())
        .addDecision(decision(Actor.meeting(), OperativeVerb.WELCOMED, "The meeting welcomed the intention of the WG-D")
            .refersTo(new References.Builder().addBody("WG-D").addInitiative("wg-d-jpa-2019").build())
            .addCommitment(new Commitment.Builder().addOwner("WG-D").what("initiate another Joint Period of Action")
                .due(PartialDate.of(2023)).status(CommitmentStatus.INTENDED).build())
            .build())
        .build();
  }

  static Paragraph itemsParagraph() {
    return new Paragraph.Builder().number(3).label("3.").text("Members discussed the following:")
        .addItem(new SubItem.Builder().label("(a)").text("the Policy Guide on Returns and Reintegration;")
            .addDecision(decision(Actor.group(Actor.Group.MEMBERS), OperativeVerb.DISCUSSED, "Members discussed the Policy Guide")
                .refersTo(new References.Builder().addInstrument("policy-guide-returns").build()).build())
            .build())
        .addItem(new SubItem.Builder().label("(b)").text("cooperation with ASEAN.")
            .addDecision(decision(Actor.partner("ASEAN"), OperativeVerb.HIGHLIGHTED, "ASEAN highlighted cooperation")
                .refersTo(new References.Builder().addPartner("ASEAN").build()).build())
            .build())
        .build();
  }

  static Paragraph rsoParagraph() {
    return new Paragraph.Builder().number(4).label("4.").text("The RSO briefed members on its work plan.")
        .addDecision(decision(Actor.body("RSO"), OperativeVerb.BRIEFED, "The RSO briefed members on its work plan.")
            .addCommitment(new Commitment.Builder().addOwner("RSO").addOwnerGroup(Actor.Group.MEMBERS).what("carry out the work plan")
                .status(CommitmentStatus.ONGOING).build())
            .build())
        .build();
  }

  static Entities entities() {
    return new Entities.Builder()
        .addMeeting(new Meeting.Builder().id(WGD_MEETING).kind(MeetingKind.WORKING_GROUP_MEETING).name("Annual Meeting of the WG-D")
            .addConvenedBy("WG-D").date(PartialDate.of(2022, 10)).place(Place.of("Bangkok", "THA")).build())
        .addInstrument(new Instrument.Builder().id("policy-guide-returns").kind(InstrumentKind.POLICY_GUIDE)
            .title("Policy Guide on Returns and Reintegration").build())
        .addPartner(new Partner.Builder().id("ASEAN").kind(PartnerKind.REGIONAL_ORGANISATION).name("Association of Southeast Asian Nations").build())
        .addInitiative(new Initiative.Builder().id("wg-d-jpa-2019").name("Joint Period of Action 2019").addLead("WG-D").build())
        .build();
  }

  /** The statement: a preamble paragraph, "Working Group Updates" with paragraph 2, "Key Themes" with 3 and a subsection with 4. */
  static Statement.Builder statement() {
    return new Statement.Builder().id("ahg-som-16-co-chairs-statement").kind(StatementKind.CO_CHAIRS_STATEMENT).title("Co-Chairs' Statement")
        .date(PartialDate.of(2022, 12, 6)).meeting(meeting().build()).addPreamble(preamble())
        .addSection(new Section.Builder().heading("Working Group Updates").addParagraph(wgdParagraph()).build())
        .addSection(new Section.Builder().label("II.").heading("Key Themes").addParagraph(itemsParagraph())
            .addSubsection(new Section.Builder().heading("Regional Support Office").addParagraph(rsoParagraph()).build()).build())
        .entities(entities());
  }

  /** The statement with the paragraph at {@code /sections/0/paragraphs/0} replaced. */
  static Statement withWgdParagraph(Paragraph paragraph) {
    return withWgdParagraph(statement().build(), paragraph);
  }

  /** The statement {@code s} with the paragraph at {@code /sections/0/paragraphs/0} replaced. */
  static Statement withWgdParagraph(Statement s, Paragraph paragraph) {
    Section first = s.sections().get(0);
    Section replaced = new Section(first.label(), first.heading(), List.of(paragraph), first.subsections());
    return new Statement(s.id(), s.kind(), s.title(), s.masthead(), s.date(), s.meeting(), List.of(replaced, s.sections().get(1)),
        s.entities(), s.nameVariants(), s.source(), s.issuedBy(), s.excerpt(), s.preamble(), s.attachments());
  }

  /** A copy of the decision with another actor. */
  static Decision withActor(Decision d, Actor actor) {
    return new Decision(actor, d.verb(), d.clause(), d.refersTo(), d.commitments(), d.verbAsPrinted(), d.capacities(), d.madeAt());
  }

  /** A copy of the decision with another verb. */
  static Decision withVerb(Decision d, OperativeVerb verb) {
    return new Decision(d.actor(), verb, d.clause(), d.refersTo(), d.commitments(), d.verbAsPrinted(), d.capacities(), d.madeAt());
  }

  /** A copy of the paragraph with other decisions. */
  static Paragraph withDecisions(Paragraph p, List<Decision> decisions) {
    return new Paragraph(p.number(), p.label(), p.text(), p.items(), decisions);
  }

  /** A copy of the paragraph with another text. */
  static Paragraph withText(Paragraph p, String text) {
    return new Paragraph(p.number(), p.label(), text, p.items(), p.decisions());
  }

  /**
   * The value a JSON Pointer names in a statement's JSON form, read from the records: a property is
   * a record component of that name, an index an element of a list; an empty optional is absent.
   * Empty when the pointer names nothing.
   */
  static Optional<Object> resolve(Statement statement, String pointer) {
    Object at = statement;
    for (String token : pointer.substring(1).split("/", -1)) {
      if (at instanceof Optional<?> o) {
        if (o.isEmpty()) {
          return Optional.empty();
        }
        at = o.get();
      }
      if (at instanceof List<?> list) {
        int index;
        try {
          index = Integer.parseInt(token);
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
        if (index < 0 || index >= list.size()) {
          return Optional.empty();
        }
        at = list.get(index);
      } else if (at instanceof Record record) {
        Object next = null;
        for (RecordComponent component : record.getClass().getRecordComponents()) {
          if (component.getName().equals(token)) {
            try {
              next = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
              throw new IllegalStateException(e);
            }
          }
        }
        if (next == null) {
          return Optional.empty();
        }
        at = next;
      } else {
        return Optional.empty();
      }
    }
    if (at instanceof Optional<?> o) {
      return o.map(v -> v);
    }
    return Optional.of(at);
  }
}
