package org.balimodel.examples;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Commitment;
import org.balimodel.core.model.CommitmentStatus;
import org.balimodel.core.model.Decision;
import org.balimodel.core.model.Force;
import org.balimodel.core.model.Initiative;
import org.balimodel.core.model.Instrument;
import org.balimodel.core.model.InstrumentKind;
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
import org.balimodel.core.model.Statement;
import org.balimodel.core.model.StatementKind;
import org.balimodel.core.register.Register;
import org.junit.jupiter.api.Test;

/** Facts of the Co-Chairs' Statement of the 16th AHG SOM, checked on the typed data. */
class SeedStatementFidelityTest {

  private final Statement statement = SeedStatement.statement();
  private final Meeting meeting = statement.meeting();

  @Test
  void theStatementIsTheCoChairsStatementOfTheSixthOfDecember2022() {
    assertEquals(StatementKind.CO_CHAIRS_STATEMENT, statement.kind());
    assertEquals("Co-Chairs' Statement", statement.title());
    assertEquals(PartialDate.of(2022, 12, 6), statement.date());
    assertEquals(PartialDate.Precision.DAY, statement.date().precision());
    assertEquals(
        List.of(
            "The Bali Process",
            "on People Smuggling, Trafficking in Persons and Related Transnational Crime",
            "16th Ad Hoc Group Senior Officials' Meeting",
            "6 December 2022"),
        statement.masthead());
  }

  @Test
  void theMeetingIsTheSixteenthAdHocGroupSeniorOfficialsMeetingInBaliInHybridFormat() {
    assertEquals("ahg-som-16", meeting.id());
    assertEquals(MeetingKind.SENIOR_OFFICIALS_MEETING, meeting.kind());
    assertEquals(List.of("AHG"), meeting.convenedBy());
    assertEquals(Optional.of(16), meeting.ordinal());
    assertEquals(Optional.of(PartialDate.of(2022, 12, 6)), meeting.date());
    assertEquals(Optional.of(Place.of("Bali", "IDN")), meeting.place());
    assertEquals(Optional.of(MeetingFormat.HYBRID), meeting.format());
    assertEquals(List.of("IDN", "AUS"), meeting.coChairs());
  }

  @Test
  void sixteenParticipantsAttendedThirteenStatesAndThreeOrganisationsAllAsMembers() {
    List<String> ids = meeting.participants().stream().map(Participant::member).toList();
    assertEquals(16, ids.size());
    assertEquals(
        List.of("AUS", "BGD", "IDN", "MYS", "MDV", "NZL", "PAK", "PHL", "LKA", "ARE", "THA", "USA", "VNM"),
        ids.stream().filter(SeedStatementFidelityTest::isIsoAlpha3CountryCode).toList());
    assertEquals(
        List.of("IOM", "UNHCR", "UNODC"),
        ids.stream().filter(id -> !isIsoAlpha3CountryCode(id)).toList());
    assertTrue(meeting.participants().stream().allMatch(p -> p.role() == ParticipantRole.MEMBER));
    assertTrue(ids.containsAll(meeting.coChairs()), "the co-chairs are participants");
  }

  @Test
  void theStatementHasEightSectionsFiveWorkingGroupSubsectionsAnd29NumberedParagraphs() {
    assertEquals(8, statement.sections().size());
    Section updates = statement.sections().get(3);
    assertEquals(Optional.of("Working Group Updates"), updates.heading());
    assertEquals(
        List.of(
            "Working Group on Trafficking in Persons",
            "Working Group on the Disruption of People Smuggling and Trafficking in Persons Networks",
            "Technical Experts Group on Returns and Reintegration",
            "Task Force on Planning and Preparedness",
            "Government and Business Forum"),
        updates.subsections().stream().map(s -> s.heading().orElseThrow()).toList());
    List<Integer> numbers = statement.paragraphs().stream().map(Paragraph::number).toList();
    assertEquals(29, numbers.size());
    for (int i = 0; i < numbers.size(); i++) {
      assertEquals(i + 1, numbers.get(i), "paragraphs are numbered 1, 2, 3 … in reading order");
    }
  }

  @Test
  void everyClauseIsVerbatimTextOfItsParagraphAndBeginsWithItsVerbAfterItsSubject() {
    for (Paragraph paragraph : statement.paragraphs()) {
      for (Decision decision : paragraph.decisions()) {
        assertTrue(
            paragraph.text().contains(decision.clause()),
            () -> "paragraph " + paragraph.number() + " does not contain: " + decision.clause());
        // One decision per operative verb: a clause that continues a sentence ("commending its
        // activities …", "noted its work …") opens with its verb, in whichever form is printed.
        String opening = " " + decision.clause().toLowerCase(Locale.ROOT);
        String verb = decision.verb().phrase();
        int at = decision.verb().forms().stream()
            .mapToInt(form -> opening.indexOf(" " + form + " "))
            .filter(i -> i >= 0)
            .min()
            .orElse(-1);
        assertTrue(
            at >= 0 && at <= 40,
            () -> "the verb '" + verb + "' does not open: " + decision.clause());
      }
    }
  }

  @Test
  void theStatementRecords49DecisionsOnePerOperativeVerbWithTheseVerbs() {
    Map<OperativeVerb, Long> byVerb =
        statement.decisions().stream().collect(groupingBy(Decision::verb, counting()));
    assertEquals(49, statement.decisions().size());
    assertEquals(12L, byVerb.get(OperativeVerb.WELCOMED));
    assertEquals(7L, byVerb.get(OperativeVerb.NOTED));
    assertEquals(4L, byVerb.get(OperativeVerb.COMMENDED));
    assertEquals(1L, byVerb.get(OperativeVerb.SOUGHT));
    assertEquals(2L, byVerb.get(OperativeVerb.TOOK_NOTE));
    assertEquals(3L, byVerb.get(OperativeVerb.DISCUSSED));
    assertEquals(3L, byVerb.get(OperativeVerb.REFLECTED));
    assertEquals(2L, byVerb.get(OperativeVerb.WAS_BRIEFED));
    assertEquals(2L, byVerb.get(OperativeVerb.BRIEFED));
    assertEquals(1L, byVerb.get(OperativeVerb.NOTED_WITH_APPRECIATION));
    assertEquals(2L, byVerb.get(OperativeVerb.THANKED));
    assertEquals(1L, byVerb.get(OperativeVerb.SUPPORTED));
  }

  @Test
  void decisionsByForceAddUpToTheWholeStatement() {
    Map<Force, Long> byForce =
        statement.decisions().stream().collect(groupingBy(Decision::force, counting()));
    assertEquals(18L, byForce.get(Force.ENDORSEMENT));
    assertEquals(13L, byForce.get(Force.ACKNOWLEDGEMENT));
    assertEquals(9L, byForce.get(Force.DELIBERATION));
    assertEquals(5L, byForce.get(Force.INFORMATION));
    assertEquals(3L, byForce.get(Force.COURTESY));
    assertEquals(1L, byForce.get(Force.REQUEST));
    assertEquals(49L, byForce.values().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void theActorsAreTheMeetingItsMembersTheCoChairsSomeParticipantsSeniorOfficialsTheGabfAndTheRso() {
    Map<Actor, Long> byActor =
        statement.decisions().stream().collect(groupingBy(Decision::actor, counting()));
    assertEquals(27L, byActor.get(Actor.meeting()));
    assertEquals(13L, byActor.get(Actor.group(Actor.Group.MEMBERS)));
    assertEquals(3L, byActor.get(Actor.group(Actor.Group.CO_CHAIRS)));
    assertEquals(1L, byActor.get(Actor.group(Actor.Group.SOME_PARTICIPANTS)));
    assertEquals(1L, byActor.get(Actor.group(Actor.Group.SENIOR_OFFICIALS)));
    assertEquals(1L, byActor.get(Actor.body("GABF")));
    assertEquals(3L, byActor.get(Actor.body("RSO")));
  }

  @Test
  void theWgdIntendsAnotherJointPeriodOfActionIn2023() {
    Commitment jpa =
        commitments().stream().filter(c -> c.owners().equals(List.of("WG-D"))).findFirst().orElseThrow();
    assertEquals(Optional.of(PartialDate.of(2023)), jpa.due());
    assertEquals(PartialDate.Precision.YEAR, jpa.due().orElseThrow().precision());
    assertEquals(CommitmentStatus.INTENDED, jpa.status());
    assertEquals(List.of("wg-d-joint-period-of-action-2023"), jpa.refersTo().initiatives());
    Decision welcomed = decisionHolding(jpa);
    assertEquals(OperativeVerb.WELCOMED, welcomed.verb());
    assertEquals(
        List.of("wg-d-joint-period-of-action-2018", "wg-d-joint-period-of-action-2019"),
        welcomed.refersTo().initiatives());
  }

  @Test
  void nineCommitmentsWithTheirOwnersAndHowFirmEachIs() {
    List<Commitment> all = commitments();
    assertEquals(9, all.size());
    assertEquals(
        List.of(
            "WG-TIP PLANNED",
            "WG-TIP INTENDED",
            "WG-TIP+RSO PLANNED",
            "WG-D INTENDED",
            "TEG-RR+WG-TIP PLANNED",
            "TEG-RR INTENDED",
            "TFPP ONGOING",
            "RSO ONGOING",
            "RSO PROPOSED"),
        all.stream().map(c -> String.join("+", c.owners()) + " " + c.status()).toList());
    Commitment guide = all.get(5);
    assertEquals(List.of("policy-guide-returns-reintegration"), guide.refersTo().instruments());
    assertEquals(Optional.empty(), guide.due(), "the statement gives the update no date");
    assertEquals(1L, all.stream().filter(c -> c.due().isPresent()).count());
  }

  @Test
  void theBodiesReferredToAreTheOrgansTheStatementReportsOnAndTheForumItself() {
    assertEquals(
        Set.of("BALI-PROCESS", "SG", "AHG", "WG-TIP", "WG-D", "TEG-RR", "TFPP", "GABF", "RSO", "BPMC"),
        referenced(References::bodies));
    assertEquals(Set.of("IDN"), referenced(References::members));
  }

  @Test
  void thePrioritiesReferredToAreExactlyPrioritiesTwoThreeSixAndSevenOfThe2018StrategyAndTheGabfKeyPriorities() {
    Set<String> priorities = referenced(References::priorities);
    assertEquals(
        Set.of("soc-2018-priority-2", "soc-2018-priority-3", "soc-2018-priority-6", "soc-2018-priority-7"),
        priorities.stream().filter(p -> p.startsWith("soc-2018-")).collect(Collectors.toSet()));
    assertEquals(
        Set.of("gabf-ethical-employment", "gabf-supply-chain-transparency", "gabf-safeguard-redress"),
        priorities.stream().filter(p -> p.startsWith("gabf-")).collect(Collectors.toSet()));
    assertEquals(7, priorities.size());
    assertEquals(
        Set.of("soc-2018", "gabf-aaa-recommendations", "gabf-workplan"), referenced(References::frameworks));
  }

  @Test
  void theSteeringGroupMeetingOfTheFifthOfDecemberIsTheSeventeenthOfTheRegisterAndPrecedesThisMeeting() {
    Meeting sg = Register.baliProcess().meeting("sg-som-17").orElseThrow();
    assertEquals(MeetingKind.STEERING_GROUP_MEETING, sg.kind());
    assertEquals(List.of("SG"), sg.convenedBy());
    assertEquals(Optional.of(17), sg.ordinal());
    assertEquals(Optional.of(PartialDate.of(2022, 12, 5)), sg.date());
    assertTrue(sg.date().orElseThrow().isBefore(meeting.date().orElseThrow()));
  }

  @Test
  void meetingsKnownOnlyToTheMonthKeepMonthPrecision() {
    Meeting paris = entityMeeting("sg-ministerial-2022");
    assertEquals(Optional.of(PartialDate.of(2022, 2)), paris.date());
    assertEquals(Optional.of(Place.of("Paris", "FRA")), paris.place());
    Meeting wgd = entityMeeting("wg-d-annual-meeting-2022");
    assertEquals(PartialDate.Precision.MONTH, wgd.date().orElseThrow().precision());
    assertEquals("2022-10", wgd.date().orElseThrow().toString());
    assertEquals(Optional.of(Place.of("Bangkok", "THA")), wgd.place());
    assertEquals(List.of("WG-D"), wgd.convenedBy());
  }

  @Test
  void theTableTopExerciseWasConvenedByTheWgdAndTheTfppBackToBackWithTheWgdAnnualMeeting() {
    Meeting exercise = entityMeeting("wg-d-tfpp-table-top-exercise-2022");
    assertEquals(MeetingKind.TABLE_TOP_EXERCISE, exercise.kind());
    assertEquals(List.of("WG-D", "TFPP"), exercise.convenedBy());
    assertEquals(
        List.of(new RelatedMeeting("wg-d-annual-meeting-2022", MeetingRelation.BACK_TO_BACK_WITH)),
        exercise.related());
    assertEquals(entityMeeting("wg-d-annual-meeting-2022").date(), exercise.date());
  }

  @Test
  void theGabfSessionsAndThePolicyExpertGatheringsWereVirtual() {
    List<Meeting> virtual =
        statement.entities().meetings().stream()
            .filter(m -> m.format().equals(Optional.of(MeetingFormat.VIRTUAL)))
            .toList();
    assertEquals(
        List.of(
            "wg-tip-webinar-technology-in-trafficking",
            "tfpp-policy-expert-gatherings",
            "gabf-session-electronics",
            "gabf-session-garments",
            "gabf-session-shipping"),
        virtual.stream().map(Meeting::id).toList());
    assertEquals(
        3L, virtual.stream().filter(m -> m.kind() == MeetingKind.CONSULTATION_SESSION).count());
  }

  @Test
  void everyMeetingReferredToIsDefinedByTheStatementOrIsARegisterMeeting() {
    Set<String> defined =
        statement.entities().meetings().stream().map(Meeting::id).collect(Collectors.toSet());
    Set<String> referenced = referenced(References::meetings);
    Set<String> undefined = new LinkedHashSet<>(referenced);
    undefined.removeAll(defined);
    assertEquals(Set.of("sg-som-17", "bpmc-7", "bpmc-8"), undefined);
    assertEquals(11, defined.size());
  }

  @Test
  void theInstrumentsIncludeTheSmugglingOfMigrantsProtocolAsATreatyAndTheRegistersDeclaration() {
    Map<String, Instrument> instruments =
        statement.entities().instruments().stream()
            .collect(Collectors.toMap(Instrument::id, Function.identity()));
    assertEquals(InstrumentKind.TREATY, instruments.get("smuggling-of-migrants-protocol").kind());
    assertEquals(InstrumentKind.POLICY_GUIDE, instruments.get("policy-guide-returns-reintegration").kind());
    assertEquals(Optional.of("RSO"), instruments.get("rso-forward-workplan").issuedBy());
    assertEquals(Optional.of("sg-som-17"), instruments.get("sg-som-17-report").adoptedAt());
    assertTrue(referenced(References::instruments).contains("ministerial-declaration-2018"));
    assertTrue(!instruments.containsKey("ministerial-declaration-2018"), "a register entry");
  }

  @Test
  void theJointPeriodsOfAction2018And2019AreCompletedAnd2023IsIntended() {
    Map<String, Optional<CommitmentStatus>> status =
        statement.entities().initiatives().stream()
            .collect(Collectors.toMap(Initiative::id, Initiative::status));
    assertEquals(Optional.of(CommitmentStatus.COMPLETED), status.get("wg-d-joint-period-of-action-2018"));
    assertEquals(Optional.of(CommitmentStatus.COMPLETED), status.get("wg-d-joint-period-of-action-2019"));
    assertEquals(Optional.of(CommitmentStatus.INTENDED), status.get("wg-d-joint-period-of-action-2023"));
  }

  @Test
  void thePartnersAreTypedOrganisationsOutsideTheBaliProcess() {
    Map<String, PartnerKind> partners =
        statement.entities().partners().stream().collect(Collectors.toMap(Partner::id, Partner::kind));
    assertEquals(PartnerKind.REGIONAL_ORGANISATION, partners.get("ASEAN"));
    assertEquals(PartnerKind.REGIONAL_CONSULTATIVE_PROCESS, partners.get("BUDAPEST-PROCESS"));
    assertEquals(PartnerKind.REGIONAL_CONSULTATIVE_PROCESS, partners.get("COLOMBO-PROCESS"));
    assertEquals(PartnerKind.REGIONAL_CONSULTATIVE_PROCESS, partners.get("ABU-DHABI-DIALOGUE"));
    assertEquals(PartnerKind.TRAINING_INSTITUTION, partners.get("JCLEC"));
    assertEquals(PartnerKind.TRAINING_INSTITUTION, partners.get("PPA-VIETNAM"));
    assertEquals(PartnerKind.TRAINING_INSTITUTION, partners.get("UNITAR-CIFAL-JEJU"));
    assertEquals(partners.keySet(), referenced(References::partners));
  }

  @Test
  void theAaaRecommendationsKeepTheStatementsWordsAndRecordTheOfficialNameAsAVariant() {
    NameVariant variant = statement.nameVariants().get(0);
    assertEquals(1, statement.nameVariants().size());
    assertEquals("gabf-aaa-recommendations", variant.entity());
    assertEquals("AAA (Acknowledge, Act, Achieve)", variant.asWritten());
    assertTrue(variant.note().orElseThrow().contains("Acknowledge, Act and Advance"));
    Decision welcomed = statement.paragraphs().get(19).decisions().get(0);
    assertTrue(welcomed.clause().contains(variant.asWritten()));
    assertTrue(welcomed.refersTo().frameworks().contains(variant.entity()));
  }

  @Test
  void theAttendanceListRecordsNoDecisionAndTheOpeningParagraphNeither() {
    List<Paragraph> paragraphs = statement.paragraphs();
    assertTrue(paragraphs.get(0).decisions().isEmpty());
    assertTrue(paragraphs.get(28).decisions().isEmpty());
    assertTrue(paragraphs.get(28).text().startsWith("The meeting was attended by representatives of:"));
  }

  private List<Commitment> commitments() {
    return statement.decisions().stream().flatMap(d -> d.commitments().stream()).toList();
  }

  private Decision decisionHolding(Commitment commitment) {
    return statement.decisions().stream()
        .filter(d -> d.commitments().contains(commitment))
        .findFirst()
        .orElseThrow();
  }

  private Meeting entityMeeting(String id) {
    return statement.entities().meetings().stream()
        .filter(m -> m.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no meeting " + id));
  }

  /** Every identifier of one kind referred to by a decision or a commitment. */
  private Set<String> referenced(Function<References, List<String>> kind) {
    return statement.decisions().stream()
        .flatMap(d -> Stream.concat(Stream.of(d.refersTo()), d.commitments().stream().map(Commitment::refersTo)))
        .map(kind)
        .flatMap(Collection::stream)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static final Set<String> ISO_ALPHA3 =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  private static boolean isIsoAlpha3CountryCode(String id) {
    return ISO_ALPHA3.contains(id);
  }
}
