package org.balimodel.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Actor.Group;
import org.balimodel.core.model.Commitment;
import org.balimodel.core.model.CommitmentStatus;
import org.balimodel.core.model.Decision;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.MeetingFormat;
import org.balimodel.core.model.MeetingKind;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Place;
import org.balimodel.core.model.Statement;
import org.balimodel.core.model.StatementKind;
import org.balimodel.core.register.Register;
import org.balimodel.core.validation.Issue;
import org.balimodel.core.validation.IssueCode;
import org.balimodel.core.validation.Report;
import org.balimodel.core.validation.StatementValidator;
import org.junit.jupiter.api.Test;

/** What the reader understands of a statement's text, fact by fact. */
class StatementImporterTest {

  private static final StatementImporter IMPORTER = StatementImporter.of(Register.baliProcess());

  private static final String MASTHEAD = """
      The Bali Process
      on People Smuggling, Trafficking in Persons and Related Transnational Crime

      13th Ad Hoc Group Senior Officials' Meeting
      Colombo, Sri Lanka, 4 March 2019

      Co-Chairs' Statement

      """;

  private static final String ATTENDANCE =
      "\n\nThe meeting was attended by representatives of: Australia, Indonesia, Sri Lanka, Thailand, IOM and UNHCR.\n";

  private static Draft read(String text) {
    return IMPORTER.read(text);
  }

  private static Statement statement(String body) {
    Draft draft = read(MASTHEAD + body + ATTENDANCE);
    return draft.statement().orElseThrow(() -> new AssertionError(draft.report().toString()));
  }

  private static List<Decision> decisions(String body) {
    return statement(body).decisions();
  }

  private static List<String> codes(Draft draft) {
    return draft.report().issues().stream().map(Issue::code).toList();
  }

  // The masthead

  @Test
  void theMastheadGivesTheMeetingItsKindOrdinalDateAndPlace() {
    Statement statement = statement("The meeting was co-chaired by Indonesia and Australia, in hybrid format.");
    Meeting meeting = statement.meeting();
    assertEquals("ahg-som-13", meeting.id());
    assertEquals(MeetingKind.SENIOR_OFFICIALS_MEETING, meeting.kind());
    assertEquals(List.of("AHG"), meeting.convenedBy());
    assertEquals(Optional.of(13), meeting.ordinal());
    assertEquals(Optional.of(PartialDate.of(2019, 3, 4)), meeting.date());
    assertEquals(Optional.of(Place.of("Colombo", "LKA")), meeting.place());
    assertEquals(Optional.of(MeetingFormat.HYBRID), meeting.format());
    assertEquals(List.of("IDN", "AUS"), meeting.coChairs());
    assertEquals(StatementKind.CO_CHAIRS_STATEMENT, statement.kind());
    assertEquals("Co-Chairs' Statement", statement.title());
    assertEquals("ahg-som-13-co-chairs-statement", statement.id());
    assertEquals(List.of("The Bali Process", "on People Smuggling, Trafficking in Persons and Related Transnational Crime",
        "13th Ad Hoc Group Senior Officials' Meeting", "Colombo, Sri Lanka, 4 March 2019"), statement.masthead());
  }

  @Test
  void theAttendanceListGivesTheParticipantsInItsOrder() {
    Meeting meeting = statement("Members discussed the situation in the region.").meeting();
    assertEquals(List.of("AUS", "IDN", "LKA", "THA", "IOM", "UNHCR"), meeting.participants().stream().map(p -> p.member()).toList());
  }

  @Test
  void aNameInTheAttendanceListThatNoMemberHasIsReportedAndLeftOut() {
    Draft draft = read(MASTHEAD + "Members discussed the situation.\n\nThe meeting was attended by representatives of Australia and Atlantis.");
    assertEquals(List.of("AUS"), draft.statement().orElseThrow().meeting().participants().stream().map(p -> p.member()).toList());
    assertTrue(codes(draft).contains(IssueCode.IMPORT_PARTICIPANT_UNRESOLVED.code()), codes(draft)::toString);
  }

  @Test
  void aStatementWithNoDateAnywhereIsRefusedWithThatReasonAlone() {
    Draft draft = read("Co-Chairs' Statement\n\nThe meeting welcomed the report of the RSO.");
    assertTrue(draft.statement().isEmpty());
    assertEquals(List.of(IssueCode.IMPORT_NO_STATEMENT.code()), codes(draft));
  }

  @Test
  void aMastheadWithoutAMeetingIsReadAsASeniorOfficialsMeetingAndReported() {
    Draft draft = read("Co-Chairs' Statement\n\n12 March 2019\n\nThe meeting welcomed the report of the RSO.");
    assertEquals(MeetingKind.SENIOR_OFFICIALS_MEETING, draft.statement().orElseThrow().meeting().kind());
    assertTrue(codes(draft).contains(IssueCode.IMPORT_MASTHEAD.code()));
  }

  @Test
  void aJointStatementIssuedLaterIsDatedTheDayOfIssueAndSignedByItsMinisters() {
    Statement statement = read("""
        Joint Statement by the Foreign Ministers of Australia and Indonesia

        First Meeting of the Bali Process Consultation Mechanism
        Jakarta, Indonesia, 13 October 2017

        Issued 23 October 2017

        Participants welcome the commitment of Bangladesh and Myanmar to continue bilateral dialogue.

        The Hon Julie Bishop MP
        Minister for Foreign Affairs of Australia

        H.E. Retno L.P. Marsudi
        Minister for Foreign Affairs of the Republic of Indonesia
        """).statement().orElseThrow();
    assertEquals(StatementKind.JOINT_STATEMENT, statement.kind());
    assertEquals(PartialDate.of(2017, 10, 23), statement.date());
    assertEquals(Optional.of(PartialDate.of(2017, 10, 13)), statement.meeting().date());
    assertEquals(1, statement.paragraphs().size());
    var issuer = statement.issuedBy().orElseThrow();
    assertEquals(List.of("Julie Bishop", "Retno L.P. Marsudi"), issuer.signatories().stream().map(s -> s.name()).toList());
    assertEquals(List.of(Optional.of("AUS"), Optional.of("IDN")), issuer.signatories().stream().map(s -> s.member()).toList());
    assertEquals(Optional.of(PartialDate.of(2017, 10, 23)), issuer.issued());
  }

  @Test
  void anAttachmentClosesTheStatementAndIsLinkedToTheInstrumentItIs() {
    Statement statement = read(MASTHEAD + "Members adopted the declaration (Attachment A).\n\n"
        + "Attachment A: 2018 Ministerial Declaration\n\nWe, the Ministers, declare …").statement().orElseThrow();
    assertEquals(1, statement.paragraphs().size());
    assertEquals(Optional.of("ministerial-declaration-2018"), statement.attachments().get(0).instrument());
    assertEquals("Attachment A", statement.attachments().get(0).label());
  }

  // Layout
  // Layout

  @Test
  void headingsKeepTheirPrintedLabelsAndNestAsTheMarkdownSays() {
    Statement statement = statement("""
        ## I. Decisions and Recommendations

        1. The meeting welcomed the report of the Regional Support Office.

        ### A. Working groups

        2. Members commended the Working Group on Trafficking in Persons.
        """);
    assertEquals(Optional.of("I."), statement.sections().get(0).label());
    assertEquals(Optional.of("Decisions and Recommendations"), statement.sections().get(0).heading());
    assertEquals(Optional.of("Working groups"), statement.sections().get(0).subsections().get(0).heading());
    assertEquals(Optional.of("A."), statement.sections().get(0).subsections().get(0).label());
  }

  @Test
  void paragraphsAreNumberedThroughTheStatementAndKeepTheirPrintedLabels() {
    List<Paragraph> paragraphs = statement("""
        Opening

        12. The meeting welcomed the report of the Regional Support Office.

        Other business

        13) Members discussed the situation at sea.
        """).paragraphs();
    assertEquals(List.of(1, 2, 3), paragraphs.stream().map(Paragraph::number).toList());
    assertEquals(Optional.of("12."), paragraphs.get(0).label());
    assertEquals(Optional.of("13)"), paragraphs.get(1).label());
    assertEquals("The meeting welcomed the report of the Regional Support Office.", paragraphs.get(0).text());
  }

  @Test
  void aParagraphBrokenOverLinesIsJoinedWithSingleSpacesAndKeptVerbatim() {
    Paragraph paragraph = statement("Members discussed the changes in patterns of\nhuman trafficking   and people smuggling.").paragraphs().get(0);
    assertEquals("Members discussed the changes in patterns of human trafficking and people smuggling.", paragraph.text());
  }

  @Test
  void bulletsAreItemsOfTheParagraphBeforeThemAndTheirActsAreItsSpeakers() {
    Paragraph paragraph = statement("""
        In particular, senior officials:

        •  emphasised the role of the Regional Support Office;
        •  welcomed the offer of Thailand to host a workshop.
        """).paragraphs().get(0);
    assertEquals(2, paragraph.items().size());
    assertEquals(Optional.of("•"), paragraph.items().get(0).label());
    Decision emphasised = paragraph.items().get(0).decisions().get(0);
    assertEquals(Actor.group(Group.SENIOR_OFFICIALS), emphasised.actor());
    assertEquals(OperativeVerb.EMPHASISED, emphasised.verb());
    assertEquals(List.of("RSO"), emphasised.refersTo().bodies());
  }

  @Test
  void anEditorsNoteThatTheTextIsAnExcerptMakesTheDraftAnExcerpt() {
    Statement statement = read(MASTHEAD + "[This excerpt reproduces paragraphs 4 and 5 of the statement.]\n\n"
        + "4. Members discussed the situation.\n\n5. Members noted the report.\n\n[...]").statement().orElseThrow();
    assertTrue(statement.isExcerpt());
    assertEquals("paragraph 5", statement.excerpt().orElseThrow().stopsAfter());
    assertEquals(Optional.of("This excerpt reproduces paragraphs 4 and 5 of the statement."), statement.excerpt().orElseThrow().note());
  }

  // Acts

  @Test
  void anOpeningParticipleIsAnActOfTheSubjectOfTheSentence() {
    List<Decision> decisions = decisions("Noting the 20-year anniversary of the Bali Process, members reflected on its importance.");
    assertEquals(List.of(OperativeVerb.NOTED, OperativeVerb.REFLECTED), decisions.stream().map(Decision::verb).toList());
    assertTrue(decisions.stream().allMatch(d -> d.actor().equals(Actor.group(Group.MEMBERS))));
    assertEquals("Noting the 20-year anniversary of the Bali Process", decisions.get(0).clause());
    assertEquals("members reflected on its importance.", decisions.get(1).clause());
  }

  @Test
  void verbsJoinedByAndOrACommaAreActsOfTheSameSubject() {
    List<Decision> decisions = decisions(
        "The meeting reviewed the report of the RSO, commending its activities, and acknowledged the emerging trends.");
    assertEquals(List.of(OperativeVerb.REVIEWED, OperativeVerb.COMMENDED, OperativeVerb.ACKNOWLEDGED),
        decisions.stream().map(Decision::verb).toList());
    assertEquals("commending its activities", decisions.get(1).clause());
    assertEquals("acknowledged the emerging trends.", decisions.get(2).clause());
  }

  @Test
  void aVerbAfterAnArticleOrInARelativeClauseIsNoAct() {
    List<Decision> decisions = decisions(
        "Members recalled the meeting in Paris, which expressed concern about the report and the support given.");
    assertEquals(List.of(OperativeVerb.RECALLED), decisions.stream().map(Decision::verb).toList());
  }

  @Test
  void aPronounTakesTheActorOfTheSentenceBeforeAndIsReported() {
    Draft draft = read(MASTHEAD + "Senior officials discussed the trends. They noted the value of cooperation." + ATTENDANCE);
    List<Decision> decisions = draft.statement().orElseThrow().decisions();
    assertEquals(Actor.group(Group.SENIOR_OFFICIALS), decisions.get(1).actor());
    assertTrue(codes(draft).contains(IssueCode.IMPORT_ACTOR_PRONOUN.code()));
  }

  @Test
  void bodiesMembersAndPartnersActUnderTheirNamesAndAcronyms() {
    List<Decision> decisions = decisions(
        "The RSO highlighted its work. UNHCR drew attention to protection needs. ASEAN briefed the meeting on its plan.");
    assertEquals(List.of(Actor.body("RSO"), Actor.member("UNHCR"), Actor.partner("ASEAN")),
        decisions.stream().map(Decision::actor).toList());
  }

  @Test
  void presentTenseAndAmericanSpellingAreTheSameVerbs() {
    List<Decision> decisions = decisions("Participants recognize the efforts of Bangladesh. The meeting welcomes the report.");
    assertEquals(List.of(OperativeVerb.RECOGNISED, OperativeVerb.WELCOMED), decisions.stream().map(Decision::verb).toList());
  }

  @Test
  void abbreviationsDoNotEndASentence() {
    List<Decision> decisions = decisions("The meeting thanked Mr. Smith of the U.S. delegation for his briefing on No. 5. Members noted it.");
    assertEquals(2, decisions.size());
    assertTrue(decisions.get(0).clause().endsWith("No. 5."), decisions.get(0).clause());
  }

  @Test
  void everyClauseBeginsWithItsVerbAsTheValidatorReadsIt() {
    Statement statement = statement("Noting the anniversary, members reflected on it, commending the RSO, and welcomed the report.");
    Report report = StatementValidator.create().validate(statement);
    assertTrue(report.withCode(IssueCode.CLAUSE_VERB_MISMATCH.code()).isEmpty(), report::toString);
  }

  // References

  @Test
  void bodiesAreNamedByNameAcronymOrPossessive() {
    Decision decision = decisions("The meeting noted the WG-TIP's forward work plan and the TFPPs unique role.").get(0);
    assertEquals(List.of("WG-TIP", "TFPP"), decision.refersTo().bodies());
  }

  @Test
  void prioritiesAreThoseOfTheFrameworkNamedBeforeThem() {
    Decision decision = decisions(
        "Members welcomed progress towards the 2018 Strategy for Cooperation, including Priorities Two, Six and Seven.").get(0);
    assertEquals(List.of("soc-2018"), decision.refersTo().frameworks());
    assertEquals(List.of("soc-2018-priority-2", "soc-2018-priority-6", "soc-2018-priority-7"), decision.refersTo().priorities());
  }

  @Test
  void prioritiesOfNoNamedFrameworkAreThoseOfTheStrategyInForceAndTheGuessIsReported() {
    Draft draft = read(MASTHEAD + "Members emphasised Priorities One and Four." + ATTENDANCE);
    assertEquals(List.of("soc-2018-priority-1", "soc-2018-priority-4"),
        draft.statement().orElseThrow().decisions().get(0).refersTo().priorities());
    assertTrue(codes(draft).contains(IssueCode.IMPORT_REFERENCE_GUESSED.code()));
  }

  @Test
  void aMinisterialConferenceNamedByOrdinalOrYearIsTheRegistersMeeting() {
    List<Decision> decisions = decisions("The meeting welcomed the outcomes of the Sixth Bali Process Ministerial Conference. "
        + "Members recalled the 2018 Ministerial Conference.");
    assertEquals(List.of("bpmc-6"), decisions.get(0).refersTo().meetings());
    assertEquals(List.of("bpmc-7"), decisions.get(1).refersTo().meetings());
  }

  @Test
  void aMeetingTheRegisterDoesNotHoldBecomesAMeetingOfTheDraftWithItsDateAndPlace() {
    Draft draft = read(MASTHEAD
        + "The meeting noted updates from the Annual Meeting of the WG-D held in Bangkok in October 2018." + ATTENDANCE);
    Meeting annual = draft.statement().orElseThrow().entities().meetings().get(0);
    assertEquals(MeetingKind.WORKING_GROUP_MEETING, annual.kind());
    assertEquals(List.of("WG-D"), annual.convenedBy());
    assertEquals(Optional.of(PartialDate.of(2018, 10)), annual.date());
    assertEquals(Optional.of(Place.of("Bangkok", "THA")), annual.place());
    assertEquals(List.of(annual.id()), draft.statement().orElseThrow().decisions().get(0).refersTo().meetings());
    assertTrue(codes(draft).contains(IssueCode.IMPORT_ENTITY_LOCAL.code()));
  }

  @Test
  void theSubjectOfAnActIsNotWhatTheActIsAbout() {
    Decision decision = decisions("Members of the AHG commended the work of the RSO.").get(0);
    assertEquals(List.of("RSO"), decision.refersTo().bodies());
  }

  // Commitments

  @Test
  void anIntentionWithAYearIsACommitmentOfItsOwnerDueThatYear() {
    Decision decision = decisions(
        "The meeting welcomed the intention of the WG-D to initiate another Joint Period of Action in 2020 to disrupt networks.").get(0);
    Commitment commitment = decision.commitments().get(0);
    assertEquals(List.of("WG-D"), commitment.owners());
    assertEquals(Optional.of(PartialDate.of(2020)), commitment.due());
    assertEquals(CommitmentStatus.INTENDED, commitment.status());
    assertEquals("initiate another Joint Period of Action to disrupt networks", commitment.what());
  }

  @Test
  void plansByABodyToWorkAlongsideAnotherAreCommitmentsOfBoth() {
    Commitment commitment = decisions(
        "The meeting welcomed plans by the WG-TIP to work alongside the Regional Support Office on campaigns.").get(0).commitments().get(0);
    assertEquals(List.of("WG-TIP", "RSO"), commitment.owners());
    assertEquals(CommitmentStatus.PLANNED, commitment.status());
  }

  @Test
  void encouragingMembersIsAProposalToTheMembers() {
    Commitment commitment = decisions("Senior officials encouraged members to nominate focal points.").get(0).commitments().get(0);
    assertEquals(List.of(Group.MEMBERS), commitment.ownerGroups());
    assertEquals(CommitmentStatus.PROPOSED, commitment.status());
    assertEquals("nominate focal points", commitment.what());
  }

  @Test
  void agreeingToActIsAPlanOfTheConveningBody() {
    Commitment commitment = decisions("Members agreed to review the work plan in 2020.").get(0).commitments().get(0);
    assertEquals(List.of("AHG"), commitment.owners());
    assertEquals(CommitmentStatus.PLANNED, commitment.status());
    assertEquals(Optional.of(PartialDate.of(2020)), commitment.due());
  }

  @Test
  void aWorkPlanIsADocumentNotAPlan() {
    assertTrue(decisions("The meeting endorsed the work plan for 2020 of the Ad Hoc Group.").get(0).commitments().isEmpty());
  }

  // The draft as a whole

  @Test
  void theDraftOfAWellFormedTextValidatesWithoutErrors() {
    Statement statement = statement("""
        Opening

        1. The meeting was co-chaired by Indonesia and Australia.

        2. Noting the 20-year anniversary of the Bali Process, members reflected on its role.

        Working Group Updates

        3. The meeting welcomed the report of the Working Group on Trafficking in Persons and noted its plans to hold a workshop in 2020.
        """);
    Report report = StatementValidator.create().validate(statement);
    assertFalse(report.issues().stream().anyMatch(Issue::isError), report::toString);
  }

  @Test
  void everyIssueOfTheReaderHasALocationInTheText() {
    Draft draft = read(MASTHEAD + "They noted the value of cooperation. The meeting welcomed plans to hold a workshop." + ATTENDANCE);
    assertFalse(draft.report().isEmpty());
    for (Issue issue : draft.report().issues()) {
      if (!issue.code().equals(IssueCode.IMPORT_MASTHEAD.code())) {
        assertTrue(issue.location().isPresent(), issue::toString);
      }
    }
  }

  @Test
  void aTextLongerThanTheLimitIsRefusedBeforeItIsRead() {
    Draft draft = IMPORTER.withMaxCharacters(100).read(MASTHEAD + ATTENDANCE);
    assertTrue(draft.statement().isEmpty());
    assertEquals(List.of(IssueCode.IMPORT_LIMIT_SIZE.code()), codes(draft));
  }

  @Test
  void aControlCharacterMeansTheInputIsNotText() {
    Draft draft = read(MASTHEAD + "Members\u0000 discussed.");
    assertTrue(draft.statement().isEmpty());
    assertEquals(List.of(IssueCode.IMPORT_NOT_TEXT.code()), codes(draft));
    assertEquals(9, draft.report().issues().get(0).location().orElseThrow().line());
  }
}
