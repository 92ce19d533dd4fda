package org.balimodel.core.validation;

import static org.balimodel.core.validation.Fixtures.ahgSom16;
import static org.balimodel.core.validation.Fixtures.decision;
import static org.balimodel.core.validation.Fixtures.found;
import static org.balimodel.core.validation.Fixtures.paragraph;
import static org.balimodel.core.validation.Fixtures.section;
import static org.balimodel.core.validation.Fixtures.statement;
import static org.balimodel.core.validation.Fixtures.withDecision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Body;
import org.balimodel.core.model.BodyKind;
import org.balimodel.core.model.Commitment;
import org.balimodel.core.model.CommitmentStatus;
import org.balimodel.core.model.Entities;
import org.balimodel.core.model.Framework;
import org.balimodel.core.model.FrameworkKind;
import org.balimodel.core.model.Initiative;
import org.balimodel.core.model.Instrument;
import org.balimodel.core.model.InstrumentKind;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.MeetingKind;
import org.balimodel.core.model.MeetingRelation;
import org.balimodel.core.model.Member;
import org.balimodel.core.model.MemberKind;
import org.balimodel.core.model.MemberStatus;
import org.balimodel.core.model.NameVariant;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Participant;
import org.balimodel.core.model.ParticipantRole;
import org.balimodel.core.model.Partner;
import org.balimodel.core.model.PartnerKind;
import org.balimodel.core.model.References;
import org.balimodel.core.model.RelatedMeeting;
import org.balimodel.core.model.Section;
import org.balimodel.core.model.Standing;
import org.balimodel.core.model.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentRulesTest {

  private static final StatementValidator VALIDATOR = Fixtures.validator();
  private static final String DECISION = "/sections/0/paragraphs/0/decisions/0";

  private static Report validate(Statement statement) {
    return VALIDATOR.validate(statement);
  }

  private static void assertClean(Statement statement) {
    Report report = validate(statement);
    assertTrue(report.isEmpty(), () -> "expected no issues, got " + report.issues());
  }

  private static void assertFires(Statement statement, IssueCode code, String... pointers) {
    Report report = validate(statement);
    List<String> expected = java.util.Arrays.stream(pointers).map(p -> code.code() + " " + p).toList();
    assertEquals(expected, found(report, code.code()), () -> "all issues: " + report.issues());
    report.withCode(code.code()).forEach(i -> assertEquals(code.severity(), i.severity()));
  }

  private static Statement withReferences(References refs) {
    return withDecision(decision(OperativeVerb.NOTED, "The meeting noted the work.").refersTo(refs).build());
  }

  private static Statement withEntities(Entities entities) {
    return statement(ahgSom16().build(), paragraph(1, decision(OperativeVerb.NOTED, "The meeting noted it.").build()))
        .entities(entities).build();
  }

  private static Meeting.Builder otherMeeting(String id) {
    return new Meeting.Builder().id(id).kind(MeetingKind.WORKING_GROUP_MEETING);
  }

  // --- references resolve, to an entity of the right kind ---------------------------------------

  @Test
  void aDecisionReferringToRegisteredEntitiesOfEveryKindResolves() {
    assertClean(withReferences(new References.Builder().addMember("IDN").addBody("WG-TIP").addMeeting("bpmc-7")
        .addFramework("soc-2018").addPriority("soc-2018-priority-2").addInstrument("ministerial-declaration-2018").build()));
  }

  @Test
  void aBodyTheRegisterDoesNotHoldIsUnresolved() {
    assertFires(withReferences(new References.Builder().addBody("WG-TIP").addBody("WG-NOPE").build()),
        IssueCode.REFERENCE_UNRESOLVED, DECISION + "/refersTo/bodies/1");
  }

  @Test
  void aMemberCitedAsABodyIsOfTheWrongKind() {
    assertFires(withReferences(new References.Builder().addBody("AUS").build()),
        IssueCode.REFERENCE_WRONG_KIND, DECISION + "/refersTo/bodies/0");
  }

  @Test
  void aReferenceInANestedSectionIsPointedAtThroughItsSubsections() {
    Section nested = new Section.Builder().heading("Working Group Updates")
        .addParagraph(paragraph(1, decision(OperativeVerb.NOTED, "The meeting noted it.").build()))
        .addSubsection(section("Working Group on Trafficking in Persons", paragraph(2,
            decision(OperativeVerb.REVIEWED, "The meeting reviewed the report.").build(),
            decision(OperativeVerb.WELCOMED, "The meeting welcomed plans.")
                .refersTo(new References.Builder().addBody("WG-TIP").addBody("ASEAN").build()).build())))
        .build();
    Statement statement = statement(ahgSom16().build()).addSection(nested).build();
    assertFires(statement, IssueCode.REFERENCE_UNRESOLVED, "/sections/0/subsections/0/paragraphs/0/decisions/1/refersTo/bodies/1");
  }

  @Test
  void aPartnerTheStatementDefinesResolves() {
    Statement statement = withDecision(decision(OperativeVerb.WELCOMED, "The meeting welcomed plans with ASEAN.")
        .refersTo(new References.Builder().addPartner("ASEAN").build()).build());
    assertFires(statement, IssueCode.REFERENCE_UNRESOLVED, DECISION + "/refersTo/partners/0");
    assertClean(new Statement.Builder().from(statement).entities(new Entities.Builder()
        .addPartner(new Partner.Builder().id("ASEAN").kind(PartnerKind.REGIONAL_ORGANISATION).name("Association of Southeast Asian Nations").build())
        .build()).build());
  }

  @Test
  void anActingBodyOrMemberMustBeKnown() {
    assertClean(withDecision(decision(OperativeVerb.HIGHLIGHTED, "The RSO highlighted its work.").actor(Actor.body("RSO")).build()));
    assertFires(withDecision(decision(OperativeVerb.HIGHLIGHTED, "The RSO highlighted its work.").actor(Actor.body("RSOX")).build()),
        IssueCode.REFERENCE_UNRESOLVED, DECISION + "/actor/body");
    assertFires(withDecision(decision(OperativeVerb.BRIEFED, "Indonesia briefed the meeting.").actor(Actor.member("RSO")).build()),
        IssueCode.REFERENCE_WRONG_KIND, DECISION + "/actor/member");
  }

  @Test
  void theConveningBodyOfTheMeetingMustBeABody() {
    assertFires(statement(ahgSom16().convenedBy(List.of("IDN")).build()).build(),
        IssueCode.REFERENCE_WRONG_KIND, "/meeting/convenedBy/0");
  }

  @Test
  void everyReferenceOfTheStatementsOwnEntitiesResolvesToItsKind() {
    Entities good = new Entities.Builder()
        .addBody(new Body.Builder().id("WG-NEW").kind(BodyKind.WORKING_GROUP).name("A new working group").parent("AHG").build())
        .addMeeting(otherMeeting("wg-tip-2022").addConvenedBy("WG-TIP").addRelated(new RelatedMeeting("ahg-som-16", MeetingRelation.PART_OF)).build())
        .addFramework(new Framework.Builder().id("wg-d-plan").kind(FrameworkKind.WORK_PLAN).name("WG-D plan").owner("WG-D")
            .adoptedAt("wg-tip-2022").supersededBy("soc-2018").build())
        .addInstrument(new Instrument.Builder().id("wg-tip-report").kind(InstrumentKind.REPORT).title("Report").issuedBy("WG-TIP").adoptedAt("ahg-som-16").build())
        .addPartner(new Partner.Builder().id("JCLEC").kind(PartnerKind.TRAINING_INSTITUTION).name("Jakarta Centre for Law Enforcement Cooperation").build())
        .addInitiative(new Initiative.Builder().id("jpa-2023").name("Joint Period of Action").addLead("WG-D").addLead("AUS").addLead("JCLEC").build())
        .build();
    assertClean(withEntities(good));

    Entities bad = new Entities.Builder()
        .addBody(new Body.Builder().id("WG-NEW").kind(BodyKind.WORKING_GROUP).name("A new working group").parent("AUS").build())
        .addMeeting(otherMeeting("wg-tip-2022").addConvenedBy("WG-TIP").addRelated(new RelatedMeeting("AHG", MeetingRelation.PART_OF)).build())
        .addFramework(new Framework.Builder().id("wg-d-plan").kind(FrameworkKind.WORK_PLAN).name("WG-D plan").owner("wg-tip-2022")
            .adoptedAt("WG-D").supersededBy("bpmc-1").build())
        .addInstrument(new Instrument.Builder().id("wg-tip-report").kind(InstrumentKind.REPORT).title("Report").issuedBy("IOM").adoptedAt("soc-2018").build())
        .addInitiative(new Initiative.Builder().id("jpa-2023").name("Joint Period of Action").addLead("WG-D").addLead("bali-declaration-2016").build())
        .build();
    assertFires(withEntities(bad), IssueCode.REFERENCE_WRONG_KIND,
        "/entities/bodies/0/parent",
        "/entities/meetings/0/related/0/meeting",
        "/entities/frameworks/0/owner",
        "/entities/frameworks/0/adoptedAt",
        "/entities/frameworks/0/supersededBy",
        "/entities/instruments/0/issuedBy",
        "/entities/instruments/0/adoptedAt",
        "/entities/initiatives/0/leads/1");
  }

  @Test
  void aNameVariantMustNameAKnownEntity() {
    Statement statement = statement(ahgSom16().build()).addNameVariant(new NameVariant.Builder().entity("gabf-aaa").asWritten("AAA").build()).build();
    assertFires(statement, IssueCode.REFERENCE_UNRESOLVED, "/nameVariants/0/entity");
  }

  @Test
  void userTextInAMessageIsQuotedNotEvaluated() {
    String hostile = "${jndi:ldap://x} {0} %s \"quoted\"";
    Issue issue = validate(withReferences(new References.Builder().addBody(hostile).build()))
        .withCode(IssueCode.REFERENCE_UNRESOLVED.code()).get(0);
    assertTrue(issue.message().startsWith("\"${jndi:ldap://x} {0} %s \\\"quoted\\\"\" names no body"), issue.message());
  }

  @Test
  void theCoChairsOfABodyTheStatementDefinesAreMembers() {
    Body wgNew = new Body.Builder().id("WG-NEW").kind(BodyKind.WORKING_GROUP).name("A new working group")
        .addCoChair(new org.balimodel.core.model.CoChairTerm(List.of("NZL", "VNM"), java.util.Optional.empty())).build();
    assertClean(withEntities(new Entities.Builder().addBody(wgNew).build()));
    Body wrong = new Body.Builder().from(wgNew)
        .coChairs(List.of(new org.balimodel.core.model.CoChairTerm(List.of("NZL", "RSO"), java.util.Optional.empty()))).build();
    assertFires(withEntities(new Entities.Builder().addBody(wrong).build()), IssueCode.REFERENCE_WRONG_KIND, "/entities/bodies/0/coChairs/0/members/1");
  }

  @Test
  void anUnknownCoChairIsUnresolvedRatherThanANonMember() {
    Statement statement = statement(ahgSom16().addCoChair("XYZ").build()).build();
    assertFires(statement, IssueCode.REFERENCE_UNRESOLVED, "/meeting/coChairs/2");
    assertEquals(List.of(), found(validate(statement), IssueCode.CO_CHAIR_NOT_MEMBER.code()));
  }

  @Test
  void noStatementIsReportedNotThrown() {
    Report report = VALIDATOR.validate(null);
    assertEquals(List.of("validation.rule-failed "), report.issues().stream().map(i -> i.code() + " " + i.pointer()).toList());
  }

  // --- identifiers -----------------------------------------------------------------------------

  @Test
  void twoEntitiesOfTheStatementMayNotShareAnIdentifier() {
    Instrument report = new Instrument.Builder().id("wg-tip-report").kind(InstrumentKind.REPORT).title("Report").build();
    Instrument plan = new Instrument.Builder().id("wg-tip-plan").kind(InstrumentKind.WORK_PLAN).title("Plan").build();
    assertClean(withEntities(new Entities.Builder().addInstrument(report).addInstrument(plan).build()));
    assertFires(withEntities(new Entities.Builder().addInstrument(report).addInstrument(report).build()),
        IssueCode.IDENTIFIER_DUPLICATE, "/entities/instruments/1/id");
  }

  @Test
  void anEntityOfTheStatementMayNotRedefineARegisterEntry() {
    Body ahg = new Body.Builder().id("AHG").kind(BodyKind.AD_HOC_GROUP).name("Ad Hoc Group").build();
    assertFires(withEntities(new Entities.Builder().addBody(ahg).build()), IssueCode.IDENTIFIER_REDEFINES_REGISTER, "/entities/bodies/0/id");
  }

  @Test
  void aStatementMayRecordAMeetingOfTheRegister() {
    Meeting bpmc8 = new Meeting.Builder().id("bpmc-8").kind(MeetingKind.MINISTERIAL_CONFERENCE).addConvenedBy("BPMC").ordinal(8)
        .date(PartialDate.of(2023, 2, 10)).addCoChair("IDN").addCoChair("AUS")
        .addParticipant(Participant.member("IDN")).addParticipant(Participant.member("AUS")).build();
    assertClean(statement(bpmc8).date(PartialDate.of(2023, 2, 10)).build());
  }

  @Test
  void aStateIsIdentifiedByItsIsoAlpha3Code() {
    Member timorLeste = new Member.Builder().id("TLS").kind(MemberKind.STATE_OR_TERRITORY).name("Timor-Leste")
        .addStanding(Standing.of(MemberStatus.MEMBER)).build();
    assertClean(withEntities(new Entities.Builder().addMember(timorLeste).build()));
    Member invented = new Member.Builder().from(timorLeste).id("TIMOR").build();
    assertFires(withEntities(new Entities.Builder().addMember(invented).build()), IssueCode.IDENTIFIER_NOT_ALPHA3, "/entities/members/0/id");
  }

  // --- co-chairs and participants ----------------------------------------------------------------

  @Test
  void aCoChairWhoIsNotAParticipantIsReported() {
    Meeting meeting = ahgSom16().participants(List.of(Participant.member("IDN"), Participant.member("BGD"))).build();
    assertFires(statement(meeting).build(), IssueCode.CO_CHAIR_NOT_PARTICIPANT, "/meeting/coChairs/1");
  }

  @Test
  void aCoChairMustBeAMemberOnTheMeetingDate() {
    Meeting observerChairs = ahgSom16().addCoChair("ICRC").addParticipant(new Participant("ICRC", ParticipantRole.OBSERVER, Optional.empty())).build();
    assertFires(statement(observerChairs).build(), IssueCode.CO_CHAIR_NOT_MEMBER, "/meeting/coChairs/2");
    // The United States joined in April 2013: it could not co-chair a meeting of 2012.
    Meeting early = ahgSom16().date(PartialDate.of(2012, 5, 1)).coChairs(List.of("USA"))
        .participants(List.of(Participant.member("IDN"), new Participant("USA", ParticipantRole.GUEST, Optional.empty()))).build();
    assertFires(statement(early).date(PartialDate.of(2012, 5, 1)).build(), IssueCode.CO_CHAIR_NOT_MEMBER, "/meeting/coChairs/0");
  }

  @Test
  void anObserverMayAttendAsObserverButNotAsMember() {
    assertClean(statement(ahgSom16().addParticipant(new Participant("ICRC", ParticipantRole.OBSERVER, Optional.empty())).build()).build());
    assertFires(statement(ahgSom16().addParticipant(Participant.member("ICRC")).build()).build(),
        IssueCode.PARTICIPANT_STANDING, "/meeting/participants/16/role");
  }

  @Test
  void aStateThatHadNotYetJoinedCannotAttendAsMember() {
    Meeting meeting = ahgSom16().date(PartialDate.of(2012, 5, 1)).coChairs(List.of("IDN"))
        .participants(List.of(Participant.member("IDN"), Participant.member("ARE"))).build();
    assertFires(statement(meeting).date(PartialDate.of(2012, 5, 1)).build(), IssueCode.PARTICIPANT_STANDING, "/meeting/participants/1/role");
  }

  @Test
  void aPartnerMayAttendAsGuestButNotAsMember() {
    Entities asean = new Entities.Builder()
        .addPartner(new Partner.Builder().id("ASEAN").kind(PartnerKind.REGIONAL_ORGANISATION).name("ASEAN").build()).build();
    assertClean(statement(ahgSom16().addParticipant(new Participant("ASEAN", ParticipantRole.GUEST, Optional.empty())).build()).entities(asean).build());
    assertFires(statement(ahgSom16().addParticipant(Participant.member("ASEAN")).build()).entities(asean).build(),
        IssueCode.REFERENCE_WRONG_KIND, "/meeting/participants/16/member");
  }

  @Test
  void aParticipantListedTwiceIsReported() {
    assertFires(statement(ahgSom16().addParticipant(Participant.member("AUS")).build()).build(),
        IssueCode.PARTICIPANT_DUPLICATE, "/meeting/participants/16/member");
  }

  // --- bodies and frameworks on the meeting date --------------------------------------------------

  @Test
  void aBodyReferredToMustHaveBeenEstablishedByTheMeetingDate() {
    Meeting in2012 = ahgSom16().date(PartialDate.of(2012, 6, 1)).participants(List.of(Participant.member("IDN"), Participant.member("AUS"))).build();
    Statement statement = statement(in2012, paragraph(1, decision(OperativeVerb.NOTED, "The meeting noted plans for a working group.")
        .refersTo(new References.Builder().addBody("RSO").addBody("WG-TIP").build()).build())).date(PartialDate.of(2012, 6, 1)).build();
    assertFires(statement, IssueCode.BODY_NOT_YET_ESTABLISHED, DECISION + "/refersTo/bodies/1");
  }

  @Test
  void aPartialDateCountsInFavourOfTheBody() {
    // WG-TIP was established in April 2013; a meeting known only as "2013" may have been after it.
    Meeting in2013 = ahgSom16().date(PartialDate.of(2013)).build();
    assertClean(statement(in2013, paragraph(1, decision(OperativeVerb.NOTED, "The meeting noted the working group.")
        .refersTo(new References.Builder().addBody("WG-TIP").build()).build())).date(PartialDate.of(2013)).build());
  }

  @Test
  void anotherMeetingsConveningBodyIsCheckedAgainstThatMeetingsOwnDate() {
    Entities entities = new Entities.Builder()
        .addMeeting(otherMeeting("wg-tip-2014").addConvenedBy("WG-TIP").date(PartialDate.of(2014)).build())
        .addMeeting(otherMeeting("wg-tip-2020").addConvenedBy("WG-TIP").date(PartialDate.of(2020)).build())
        .addMeeting(otherMeeting("wg-tip-2012").addConvenedBy("WG-TIP").date(PartialDate.of(2012, 3)).build())
        .build();
    assertFires(withEntities(entities), IssueCode.BODY_NOT_YET_ESTABLISHED, "/entities/meetings/2/convenedBy/0");
  }

  @Test
  void aFrameworkCitedBeforeItWasAdoptedIsReported() {
    assertFires(withReferences(new References.Builder().addFramework("soc-2018").addFramework("adelaide-strategy-2023").build()),
        IssueCode.FRAMEWORK_NOT_YET_ADOPTED, DECISION + "/refersTo/frameworks/1");
    assertFires(withReferences(new References.Builder().addPriority("soc-2018-priority-6").addPriority("adelaide-strategy-2023-area-2").build()),
        IssueCode.FRAMEWORK_NOT_YET_ADOPTED, DECISION + "/refersTo/priorities/1");
  }

  @Test
  void aFrameworkCitedAfterItWasSupersededIsAWarning() {
    Meeting june2023 = ahgSom16().id("ahg-som-17").ordinal(17).date(PartialDate.of(2023, 6, 1)).build();
    Statement statement = statement(june2023, paragraph(1, decision(OperativeVerb.RECALLED, "The meeting recalled the 2018 Strategy.")
        .refersTo(new References.Builder().addFramework("adelaide-strategy-2023").addFramework("soc-2018").build()).build()))
        .date(PartialDate.of(2023, 6, 1)).build();
    assertFires(statement, IssueCode.FRAMEWORK_SUPERSEDED, DECISION + "/refersTo/frameworks/1");
    assertTrue(validate(statement).isValid());
  }

  // --- dates -------------------------------------------------------------------------------------

  @Test
  void aStatementIsDatedOnOrAfterItsMeeting() {
    assertClean(statement(ahgSom16().build()).date(PartialDate.of(2022, 12)).build());
    assertFires(statement(ahgSom16().build()).date(PartialDate.of(2022, 12, 5)).build(), IssueCode.DATE_STATEMENT_BEFORE_MEETING, "/date");
  }

  @Test
  void aMeetingEndsOnOrAfterItBegins() {
    assertClean(statement(ahgSom16().endDate(PartialDate.of(2022, 12, 7)).build()).build());
    assertFires(statement(ahgSom16().endDate(PartialDate.of(2022, 12, 5)).build()).build(), IssueCode.DATE_SPAN_REVERSED, "/meeting/endDate");
    Entities reversed = new Entities.Builder()
        .addMeeting(otherMeeting("wg-d-2022").date(PartialDate.of(2022, 10)).endDate(PartialDate.of(2022, 9)).build()).build();
    assertFires(withEntities(reversed), IssueCode.DATE_SPAN_REVERSED, "/entities/meetings/0/endDate");
  }

  @Test
  void aFrameworkIsSupersededOnlyAfterItWasAdopted() {
    Framework.Builder plan = new Framework.Builder().id("wg-d-plan").kind(FrameworkKind.WORK_PLAN).name("WG-D plan")
        .adopted(PartialDate.of(2019)).superseded(PartialDate.of(2021, 3));
    assertClean(withEntities(new Entities.Builder().addFramework(plan.build()).build()));
    assertFires(withEntities(new Entities.Builder().addFramework(plan.superseded(PartialDate.of(2018, 12)).build()).build()),
        IssueCode.DATE_SPAN_REVERSED, "/entities/frameworks/0/superseded");
  }

  @Test
  void withoutAMeetingDateAParticipantsStandingIsItsLatest() {
    Meeting undated = ahgSom16().date(java.util.Optional.empty()).addParticipant(Participant.member("ILO")).build();
    assertFires(statement(undated).build(), IssueCode.PARTICIPANT_STANDING, "/meeting/participants/16/role");
    assertClean(statement(ahgSom16().date(java.util.Optional.empty()).build()).build());
  }

  // --- ordinals ----------------------------------------------------------------------------------

  @Test
  void twoMeetingsOfOneSeriesMayNotShareAnOrdinal() {
    Meeting fifteenth = new Meeting.Builder().id("ahg-som-15").kind(MeetingKind.SENIOR_OFFICIALS_MEETING).addConvenedBy("AHG").ordinal(15).build();
    assertClean(withEntities(new Entities.Builder().addMeeting(fifteenth).build()));
    Meeting alsoSixteenth = new Meeting.Builder().from(fifteenth).ordinal(16).build();
    assertFires(withEntities(new Entities.Builder().addMeeting(alsoSixteenth).build()), IssueCode.ORDINAL_DUPLICATE, "/entities/meetings/0/ordinal");
  }

  @Test
  void aMeetingMayNotTakeTheOrdinalOfARegisterMeeting() {
    Meeting seventh = new Meeting.Builder().id("seventh-ministerial").kind(MeetingKind.MINISTERIAL_CONFERENCE).addConvenedBy("BPMC").ordinal(7).build();
    assertFires(withEntities(new Entities.Builder().addMeeting(seventh).build()), IssueCode.ORDINAL_DUPLICATE, "/entities/meetings/0/ordinal");
  }

  @Test
  void theSameOrdinalInAnotherSeriesIsNoDuplicate() {
    Meeting wgd16 = otherMeeting("wg-d-16").kind(MeetingKind.SENIOR_OFFICIALS_MEETING).addConvenedBy("WG-D").ordinal(16).build();
    Meeting joint = otherMeeting("joint-16").kind(MeetingKind.SENIOR_OFFICIALS_MEETING).addConvenedBy("WG-D").addConvenedBy("AHG").ordinal(16).build();
    assertClean(withEntities(new Entities.Builder().addMeeting(wgd16).addMeeting(joint).build()));
    Meeting jointAgain = otherMeeting("joint-16-again").kind(MeetingKind.SENIOR_OFFICIALS_MEETING).addConvenedBy("AHG").addConvenedBy("WG-D").ordinal(16).build();
    assertFires(withEntities(new Entities.Builder().addMeeting(wgd16).addMeeting(joint).addMeeting(jointAgain).build()),
        IssueCode.ORDINAL_DUPLICATE, "/entities/meetings/2/ordinal");
  }

  // --- clause and verb ---------------------------------------------------------------------------

  @ParameterizedTest(name = "\"{1}\" begins with {0}")
  @CsvSource(delimiter = '|', value = {
      "WELCOMED | The meeting also welcomed the intention of the WG-D",
      "COMMENDED | Members of the AHG commended the RSO",
      "NOTED | They noted the report",
      "HIGHLIGHTED | The RSO highlighted its work",
      "BRIEFED | Co-chairs briefed the Ad Hoc Group on the report",
      "ACKNOWLEDGED | acknowledged the emerging trends identified through its activities",
      "NOTED_WITH_APPRECIATION | The meeting noted with appreciation the work",
      "NOTED_WITH_APPRECIATION | The meeting noted, with appreciation, the work",
      "WAS_BRIEFED | The meeting was briefed by the RSO",
      "WAS_BRIEFED | Members were briefed by UNODC",
      "TOOK_NOTE | The Co-Chairs took note of the report",
      "NOTED | Noting the 20-year anniversary, members reflected on it",
      "REFLECTED | members reflected on the importance of the Bali Process",
      "HIGHLIGHTED | The Regional Support Office highlights its work",
      "RECOGNISED | Members recognized the challenges",
  })
  void aClauseBeginsWithItsVerbAfterItsSubject(OperativeVerb verb, String clause) {
    assertClean(withDecision(decision(verb, clause).build()));
  }

  @ParameterizedTest(name = "\"{1}\" does not begin with {0}")
  @CsvSource(delimiter = '|', value = {
      "WELCOMED | The meeting noted and welcomed the report",
      "NOTED | The meeting welcomed the report",
      "NOTED | The meeting noted with appreciation the work",
      "BRIEFED | The meeting was briefed by the RSO",
      "WAS_BRIEFED | Co-chairs briefed the Ad Hoc Group",
      "WELCOMED | The meeting which gathered in Bali in December of the year before last, in the hall of the old palace by the sea, welcomed it",
      "REFLECTED | Noting the 20-year anniversary, members reflected on it",
      "THANKED | The meeting thanksgiving",
  })
  void aClauseThatDoesNotBeginWithItsVerbIsReported(OperativeVerb verb, String clause) {
    assertFires(withDecision(decision(verb, clause).build()), IssueCode.CLAUSE_VERB_MISMATCH, DECISION + "/clause");
  }

  // --- commitments -------------------------------------------------------------------------------

  private static Commitment.Builder commitment() {
    return new Commitment.Builder().what("initiate another Joint Period of Action").due(PartialDate.of(2023)).status(CommitmentStatus.INTENDED);
  }

  @Test
  void aCommitmentHasAnOwner() {
    assertClean(withDecision(decision(OperativeVerb.WELCOMED, "The meeting welcomed the intention of the WG-D")
        .addCommitment(commitment().addOwner("WG-D").addOwner("NZL").build()).build()));
    assertFires(withDecision(decision(OperativeVerb.WELCOMED, "The meeting welcomed the intention of the WG-D")
        .addCommitment(commitment().build()).build()), IssueCode.COMMITMENT_NO_OWNER, DECISION + "/commitments/0/owners");
  }

  @Test
  void aCommitmentsOwnerIsABodyOrAMember() {
    assertFires(withDecision(decision(OperativeVerb.WELCOMED, "The meeting welcomed the intention of the WG-D")
        .addCommitment(commitment().addOwner("WG-D").addOwner("soc-2018").build()).build()),
        IssueCode.REFERENCE_WRONG_KIND, DECISION + "/commitments/0/owners/1");
  }

  // --- paragraphs --------------------------------------------------------------------------------

  @Test
  void paragraphsAreNumberedInReadingOrderAcrossSubsections() {
    Section nested = new Section.Builder().heading("Updates").addParagraph(paragraph(2))
        .addSubsection(section("WG-TIP", paragraph(3))).build();
    assertClean(statement(ahgSom16().build(), paragraph(1)).addSection(nested).addSection(section("Closing", paragraph(4))).build());
    Section skipping = new Section.Builder().heading("Updates").addParagraph(paragraph(2))
        .addSubsection(section("WG-TIP", paragraph(4))).build();
    assertFires(statement(ahgSom16().build(), paragraph(1)).addSection(skipping).addSection(section("Closing", paragraph(4))).build(),
        IssueCode.PARAGRAPH_NUMBERING, "/sections/1/subsections/0/paragraphs/0/number");
  }

  // --- name variants -----------------------------------------------------------------------------

  @Test
  void aNameVariantIsInformationThatGivesTheOfficialName() {
    Statement statement = statement(ahgSom16().build())
        .addNameVariant(new NameVariant.Builder().entity("gabf-aaa-recommendations").asWritten("AAA (Acknowledge, Act, Achieve)").build()).build();
    assertFires(statement, IssueCode.NAME_VARIANT, "/nameVariants/0/asWritten");
    Report report = validate(statement);
    assertTrue(report.isValid());
    assertTrue(report.issues().get(0).message().contains("\"Acknowledge, Act and Advance\""), report.issues().get(0).message());
  }
}
