package org.balimodel.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Commitment;
import org.balimodel.core.model.CommitmentStatus;
import org.balimodel.core.model.Decision;
import org.balimodel.core.model.Entities;
import org.balimodel.core.model.Initiative;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.MeetingFormat;
import org.balimodel.core.model.MeetingKind;
import org.balimodel.core.model.MeetingRelation;
import org.balimodel.core.model.NameVariant;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Participant;
import org.balimodel.core.model.ParticipantRole;
import org.balimodel.core.model.Partner;
import org.balimodel.core.model.PartnerKind;
import org.balimodel.core.model.Place;
import org.balimodel.core.model.References;
import org.balimodel.core.model.RelatedMeeting;
import org.balimodel.core.model.Section;
import org.balimodel.core.model.Source;
import org.balimodel.core.model.Statement;
import org.balimodel.core.model.StatementKind;

/** Statements and documents shared by the tests, and by bali-jackson3's through the test jar. */
public final class Fixtures {
  private Fixtures() {}

  /** The example document of docs/format.md, as a test resource. */
  public static String exampleDocument() {
    return resource("example-statement.json");
  }

  public static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A small statement in the manner of the 16th AHG SOM co-chairs' statement: every kind of actor,
   * a commitment, statement-local entities, a name variant and a source.
   */
  public static Statement example() {
    Meeting wgdAnnual =
        new Meeting.Builder()
            .id("wg-d-annual-meeting-2022")
            .kind(MeetingKind.WORKING_GROUP_MEETING)
            .name("Annual Meeting of the WG-D")
            .addConvenedBy("WG-D")
            .date(PartialDate.of(2022, 10))
            .place(Place.of("Bangkok", "THA"))
            .build();
    return new Statement.Builder()
        .id("ahg-som-16-co-chairs-statement")
        .kind(StatementKind.CO_CHAIRS_STATEMENT)
        .title("Co-Chairs' Statement")
        .addMasthead("The Bali Process")
        .addMasthead("16th Ad Hoc Group Senior Officials' Meeting")
        .date(PartialDate.of(2022, 12, 6))
        .meeting(
            new Meeting.Builder()
                .id("ahg-som-16")
                .kind(MeetingKind.SENIOR_OFFICIALS_MEETING)
                .addConvenedBy("AHG")
                .ordinal(16)
                .date(PartialDate.of(2022, 12, 6))
                .place(Place.of("Bali", "IDN"))
                .format(MeetingFormat.HYBRID)
                .addCoChair("IDN")
                .addCoChair("AUS")
                .addParticipant(Participant.member("IDN"))
                .addParticipant(Participant.member("AUS"))
                .addParticipant(new Participant("IOM", ParticipantRole.MEMBER, java.util.Optional.empty()))
                .addRelated(new RelatedMeeting("sg-som-17", MeetingRelation.BACK_TO_BACK_WITH))
                .build())
        .addSection(
            new Section.Builder()
                .heading("Working Group Updates")
                .addParagraph(
                    new Paragraph.Builder()
                        .number(1)
                        .text(
                            "The meeting noted updates from the Annual Meeting of the WG-D held in"
                                + " Bangkok in October 2022. The meeting welcomed the intention of the"
                                + " WG-D to initiate another Joint Period of Action in 2023.")
                        .addDecision(
                            new Decision.Builder()
                                .actor(Actor.meeting())
                                .verb(OperativeVerb.NOTED)
                                .clause("noted updates from the Annual Meeting of the WG-D")
                                .refersTo(
                                    new References.Builder().addMeeting("wg-d-annual-meeting-2022").build())
                                .build())
                        .addDecision(
                            new Decision.Builder()
                                .actor(Actor.meeting())
                                .verb(OperativeVerb.WELCOMED)
                                .clause(
                                    "welcomed the intention of the WG-D to initiate another Joint"
                                        + " Period of Action in 2023")
                                .refersTo(
                                    new References.Builder()
                                        .addBody("WG-D")
                                        .addInitiative("jpa-2018")
                                        .build())
                                .addCommitment(
                                    new Commitment.Builder()
                                        .addOwner("WG-D")
                                        .what("initiate another Joint Period of Action")
                                        .due(PartialDate.of(2023))
                                        .status(CommitmentStatus.INTENDED)
                                        .build())
                                .build())
                        .build())
                .addSubsection(
                    new Section.Builder()
                        .heading("Regional Support Office")
                        .addParagraph(
                            new Paragraph.Builder()
                                .number(2)
                                .text("The RSO highlighted its work with ASEAN.")
                                .addDecision(
                                    new Decision.Builder()
                                        .actor(Actor.body("RSO"))
                                        .verb(OperativeVerb.HIGHLIGHTED)
                                        .clause("highlighted its work with ASEAN")
                                        .refersTo(new References.Builder().addPartner("ASEAN").build())
                                        .build())
                                .addDecision(
                                    new Decision.Builder()
                                        .actor(Actor.member("IDN"))
                                        .verb(OperativeVerb.BRIEFED)
                                        .clause("briefed the meeting as ASEAN chair")
                                        .build())
                                .build())
                        .build())
                .build())
        .entities(
            new Entities.Builder()
                .addMeeting(wgdAnnual)
                .addPartner(
                    new Partner.Builder()
                        .id("ASEAN")
                        .kind(PartnerKind.REGIONAL_ORGANISATION)
                        .name("Association of Southeast Asian Nations")
                        .acronym("ASEAN")
                        .build())
                .addInitiative(
                    new Initiative.Builder()
                        .id("jpa-2018")
                        .name("Joint Period of Action 2018")
                        .addLead("WG-D")
                        .date(PartialDate.of(2018))
                        .status(CommitmentStatus.COMPLETED)
                        .build())
                .build())
        .addNameVariant(new NameVariant("gabf-aaa-recommendations", "Acknowledge, Act, Achieve", java.util.Optional.empty()))
        .source(
            new Source.Builder()
                .title("Co-Chairs' Statement, 16th AHG SOM")
                .url("https://www.baliprocess.net/")
                .published(PartialDate.of(2022, 12))
                .retrieved(LocalDate.of(2024, 5, 1))
                .build())
        .build();
  }
}
