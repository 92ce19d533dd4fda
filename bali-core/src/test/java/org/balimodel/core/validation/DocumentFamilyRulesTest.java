package org.balimodel.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Attendance;
import org.balimodel.core.model.Commitment;
import org.balimodel.core.model.CommitmentStatus;
import org.balimodel.core.model.Decision;
import org.balimodel.core.model.Entities;
import org.balimodel.core.model.Excerpt;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.MeetingKind;
import org.balimodel.core.model.MeetingStatus;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Participant;
import org.balimodel.core.model.Place;
import org.balimodel.core.model.Section;
import org.balimodel.core.model.Statement;
import org.balimodel.core.model.StatementKind;
import org.junit.jupiter.api.Test;

/** The rules that serve the whole family of Bali Process documents, against the register bali ships. */
class DocumentFamilyRulesTest {

  private static final StatementValidator VALIDATOR = StatementValidator.create();
  private static final String DECISION = "/sections/0/paragraphs/0/decisions/0";

  /** The 12th AHG SOM, Kuala Lumpur, 31 October 2017, as a statement records it. */
  private static Meeting.Builder ahgSom12() {
    Meeting.Builder meeting = new Meeting.Builder().id("ahg-som-12").kind(MeetingKind.SENIOR_OFFICIALS_MEETING)
        .addConvenedBy("AHG").ordinal(12).date(PartialDate.of(2017, 10, 31)).place(Place.of("Kuala Lumpur", "MYS"))
        .addCoChairs("IDN", "AUS");
    for (String id : List.of("AUS", "IDN", "MYS", "NZL", "THA", "IOM", "UNHCR")) {
      meeting.addParticipant(Participant.member(id));
    }
    return meeting;
  }

  private static Statement.Builder statement(Meeting meeting, Decision... decisions) {
    Paragraph.Builder paragraph = new Paragraph.Builder().number(1).label("1.").text("Paragraph 1.");
    for (Decision decision : decisions) {
      paragraph.addDecision(decision);
    }
    return new Statement.Builder().id("a-statement").kind(StatementKind.CO_CHAIRS_STATEMENT).title("Co-Chairs' Statement")
        .date(meeting.date().orElseThrow()).meeting(meeting)
        .addSection(new Section.Builder().addParagraph(paragraph.build()).build());
  }

  private static Decision.Builder decision(OperativeVerb verb, String clause) {
    return new Decision.Builder().actor(Actor.meeting()).verb(verb).clause(clause);
  }

  private static List<String> codes(Statement statement) {
    return VALIDATOR.validate(statement).issues().stream().map(i -> i.code() + " " + i.pointer()).toList();
  }

  private static void assertNoIssue(Statement statement) {
    assertEquals(List.of(), codes(statement));
  }

  // --- verbs -------------------------------------------------------------------------------------

  @Test
  void aVerbIsRecognisedInEveryFormAStatementPrintsIt() {
    assertNoIssue(statement(ahgSom12().build(),
        decision(OperativeVerb.HIGHLIGHTED, "The RSO highlights the value of the forum").actor(Actor.body("RSO")).build(),
        decision(OperativeVerb.NOTED, "Noting the 15-year anniversary of the Bali Process").build(),
        decision(OperativeVerb.RECOGNISED, "Members recognized the challenges").actor(Actor.group(Actor.Group.MEMBERS)).build(),
        decision(OperativeVerb.TOOK_NOTE, "took note of the report").build(),
        decision(OperativeVerb.EXPRESSED_CONCERN, "The meeting expressed its deep concern at the movements").build(),
        decision(OperativeVerb.NOTED_WITH_APPRECIATION, "Members noted with great appreciation the work").build(),
        decision(OperativeVerb.AGREED, "Ministers agree to task senior officials").actor(Actor.group(Actor.Group.MINISTERS)).build(),
        decision(OperativeVerb.OUTLINED, "The Regional Support Office outlined its work plan").actor(Actor.body("RSO")).build())
        .build());
  }

  @Test
  void aNounThatSharesAVerbsSpellingIsNotTakenForTheVerb() {
    assertNoIssue(statement(ahgSom12().build(),
        decision(OperativeVerb.WELCOMED, "The briefing by the RSO was welcomed by members").build()).build());
  }

  @Test
  void aVerbOutsideTheVocabularyIsKeptAsPrintedWithAWarningNotAnError() {
    Statement statement = statement(ahgSom12().build(),
        decision(OperativeVerb.OTHER, "The meeting conveyed its condolences").verbAsPrinted("conveyed").build()).build();
    Report report = VALIDATOR.validate(statement);
    assertEquals(List.of("verb.unlisted " + DECISION + "/verbAsPrinted"), codes(statement));
    assertTrue(report.isValid());
  }

  @Test
  void aVerbOutsideTheVocabularyWithoutItsPrintedFormWouldBeLostAndIsAnError() {
    assertEquals(List.of("verb.not-kept " + DECISION + "/verbAsPrinted"),
        codes(statement(ahgSom12().build(), decision(OperativeVerb.OTHER, "The meeting conveyed its condolences").build()).build()));
  }

  // --- the register ------------------------------------------------------------------------------

  @Test
  void aStatementOfARegisterMeetingAgreesWithTheRegistersDateAndPlace() {
    assertNoIssue(statement(ahgSom12().build(), decision(OperativeVerb.WELCOMED, "The meeting welcomed the report").build()).build());
  }

  @Test
  void aStatementThatMovesTheTwelfthAhgSomToJakartaIsReported() {
    Meeting moved = ahgSom12().place(Place.of("Jakarta", "IDN")).build();
    assertEquals(List.of("meeting.register-mismatch /meeting/place"),
        codes(statement(moved, decision(OperativeVerb.WELCOMED, "The meeting welcomed the report").build()).build()));
  }

  @Test
  void anOrganisationCoChairingAMinisterialConferenceIsReported() {
    Meeting bpmc6 = new Meeting.Builder().id("bpmc-6").kind(MeetingKind.MINISTERIAL_CONFERENCE).addConvenedBy("BPMC").ordinal(6)
        .date(PartialDate.of(2016, 3, 23)).place(Place.of("Bali", "IDN")).addCoChairs("IDN", "UNHCR")
        .attendance(Attendance.INCOMPLETE).build();
    assertEquals(List.of("co-chair.not-recorded /meeting/coChairs/1"),
        codes(statement(bpmc6, decision(OperativeVerb.ADOPTED, "Ministers adopted the Bali Declaration")
            .actor(Actor.group(Actor.Group.MINISTERS)).build()).build()));
  }

  @Test
  void theMaldivesAttendingBeforeItsMembershipIsAttestedIsAWarningNotAnError() {
    Meeting ahgSom11 = new Meeting.Builder().id("ahg-som-11").kind(MeetingKind.SENIOR_OFFICIALS_MEETING).addConvenedBy("AHG")
        .ordinal(11).date(PartialDate.of(2016, 11, 16)).place(Place.of("Colombo", "LKA")).addCoChairs("IDN", "AUS")
        .addParticipants(Participant.member("IDN"), Participant.member("AUS"), Participant.member("MDV")).build();
    Statement statement = statement(ahgSom11, decision(OperativeVerb.ENDORSED, "Senior officials endorsed the Task Force")
        .actor(Actor.group(Actor.Group.SENIOR_OFFICIALS)).build()).build();
    assertEquals(List.of("participant.before-attested /meeting/participants/2/role"), codes(statement));
    assertTrue(VALIDATOR.validate(statement).isValid());
  }

  // --- meetings, decisions and commitments across time -------------------------------------------

  private static Meeting nextConference(MeetingStatus status) {
    Meeting.Builder meeting = new Meeting.Builder().id("next-conference").kind(MeetingKind.MINISTERIAL_CONFERENCE)
        .date(PartialDate.of(2015));
    if (status != null) {
      meeting.status(status);
    }
    return meeting.build();
  }

  @Test
  void aConferenceScheduledAfterTheStatementIsPlannedNotHeld() {
    Meeting ahgSom8 = new Meeting.Builder().id("ahg-som-8").kind(MeetingKind.SENIOR_OFFICIALS_MEETING).addConvenedBy("AHG")
        .ordinal(8).date(PartialDate.of(2014, 8, 6)).place(Place.of("Canberra", "AUS")).build();
    Decision looked = decision(OperativeVerb.LOOKED_FORWARD, "Members looked forward to the next Ministerial Conference")
        .actor(Actor.group(Actor.Group.MEMBERS)).build();
    assertNoIssue(statement(ahgSom8, looked).entities(new Entities.Builder().addMeeting(nextConference(MeetingStatus.PLANNED)).build()).build());
    assertEquals(List.of("meeting.held-after-statement /entities/meetings/0/date"),
        codes(statement(ahgSom8, looked).entities(new Entities.Builder().addMeeting(nextConference(null)).build()).build()));
  }

  @Test
  void aDecisionRecordedFromAnEarlierConferenceIsTypedAndALaterOneIsReported() {
    Decision earlier = decision(OperativeVerb.DECIDED, "Ministers decided at the Sixth Conference to establish a Consultation Mechanism")
        .actor(Actor.group(Actor.Group.MINISTERS)).madeAt("bpmc-6").build();
    assertNoIssue(statement(ahgSom12().build(), earlier).build());
    Decision later = new Decision.Builder().from(earlier).madeAt("bpmc-8").build();
    assertEquals(List.of("decision.made-at-later " + DECISION + "/madeAt"), codes(statement(ahgSom12().build(), later).build()));
  }

  @Test
  void aCommitmentCarriedOutAfterItWasDueSlipped() {
    Commitment.Builder conference = new Commitment.Builder().addOwner("BPMC").what("hold the next Ministerial Conference")
        .due(PartialDate.of(2015)).fulfilledBy("bpmc-6");
    Meeting ahgSom8 = new Meeting.Builder().id("ahg-som-8").kind(MeetingKind.SENIOR_OFFICIALS_MEETING).addConvenedBy("AHG")
        .ordinal(8).date(PartialDate.of(2014, 8, 6)).place(Place.of("Canberra", "AUS")).build();
    Decision slipped = decision(OperativeVerb.LOOKED_FORWARD, "Members looked forward to the next Ministerial Conference, scheduled for 2015")
        .actor(Actor.group(Actor.Group.MEMBERS)).addCommitment(conference.status(CommitmentStatus.SLIPPED).build()).build();
    assertNoIssue(statement(ahgSom8, slipped).build());
    Decision planned = new Decision.Builder().from(slipped)
        .commitments(List.of(conference.status(CommitmentStatus.PLANNED).build())).build();
    assertEquals(List.of("commitment.not-slipped " + DECISION + "/commitments/0/status"), codes(statement(ahgSom8, planned).build()));
  }

  @Test
  void aCommitmentOfMembersInGeneralHasAnOwner() {
    Decision encouraged = decision(OperativeVerb.ENCOURAGED, "The meeting encouraged members to share information")
        .addCommitment(new Commitment.Builder().addOwnerGroup(Actor.Group.MEMBERS).what("share information")
            .status(CommitmentStatus.INTENDED).build()).build();
    assertNoIssue(statement(ahgSom12().build(), encouraged).build());
  }

  // --- excerpts and attendance -------------------------------------------------------------------

  @Test
  void anExcerptMayBeginAtAnyParagraphAndDoesNotInferFromAbsentParticipants() {
    Meeting fewNamed = ahgSom12().participants(List.of(Participant.member("MYS"))).build();
    Paragraph twelfth = new Paragraph.Builder().number(12).label("12.").text("The meeting welcomed the report.")
        .addDecision(decision(OperativeVerb.WELCOMED, "The meeting welcomed the report").build()).build();
    Statement excerpt = new Statement.Builder().id("an-excerpt").kind(StatementKind.CO_CHAIRS_STATEMENT).title("Co-Chairs' Statement")
        .date(PartialDate.of(2017, 10, 31)).meeting(fewNamed).excerpt(new Excerpt.Builder().stopsAfter("paragraph 12").build())
        .addSection(new Section.Builder().addParagraph(twelfth).build()).build();
    assertNoIssue(excerpt);
    Statement whole = new Statement.Builder().from(excerpt).excerpt(java.util.Optional.empty()).build();
    assertEquals(List.of("co-chair.not-participant /meeting/coChairs/0", "co-chair.not-participant /meeting/coChairs/1",
        "paragraph.numbering /sections/0/paragraphs/0/number"), codes(whole));
  }
}
