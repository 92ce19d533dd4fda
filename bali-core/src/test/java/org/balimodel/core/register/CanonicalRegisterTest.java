package org.balimodel.core.register;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.balimodel.core.model.Body;
import org.balimodel.core.model.CoChairTerm;
import org.balimodel.core.model.Framework;
import org.balimodel.core.model.Instrument;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.BodyKind;
import org.balimodel.core.model.MeetingKind;
import org.balimodel.core.model.Member;
import org.balimodel.core.model.MemberKind;
import org.balimodel.core.model.MemberStatus;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Priority;
import org.balimodel.core.model.Source;
import org.balimodel.core.model.Standing;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Facts about the Bali Process that the register bali ships must hold. */
class CanonicalRegisterTest {

  private static final Register REGISTER = Register.baliProcess();
  private static final PartialDate TODAY = PartialDate.of(REGISTER.asOf());

  private static final Pattern ALPHA_3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  // ------------------------------------------------------------------------------------------
  // Members

  @Test
  void fortyFiveStatesAndTerritoriesAreMembersOnTheRegistersDate() {
    List<String> states =
        REGISTER.members().stream()
            .filter(m -> m.kind() == MemberKind.STATE_OR_TERRITORY)
            .filter(m -> m.statusOn(TODAY).equals(Optional.of(MemberStatus.MEMBER)))
            .map(Member::id)
            .toList();
    assertEquals(45, states.size(), states.toString());
  }

  @Test
  void theFourMemberOrganisationsAreIomUnhcrUnodcAndIlo() {
    Set<String> organisations =
        REGISTER.members().stream()
            .filter(m -> m.kind() == MemberKind.INTERNATIONAL_ORGANISATION)
            .filter(m -> m.statusOn(TODAY).equals(Optional.of(MemberStatus.MEMBER)))
            .map(Member::id)
            .collect(Collectors.toSet());
    assertEquals(Set.of("IOM", "UNHCR", "UNODC", "ILO"), organisations);
  }

  @Test
  void everyEntryInTheRegisterIsAMemberOrAnObserverToday() {
    for (Member member : REGISTER.members()) {
      assertTrue(member.statusOn(TODAY).isPresent(), member.id() + " has no standing today");
    }
  }

  @Test
  void theObserversOf2002AreObserversAndNotMembers() {
    for (String id : List.of("AUT", "CAN", "DEU", "GBR", "RUS", "CHE", "EU", "UNDP", "WORLD-BANK",
        "ADB", "IGC", "INTERPOL", "ICRC", "IFRC", "ASEAN-SECRETARIAT", "PIFS")) {
      Member observer = REGISTER.member(id).orElseThrow(() -> new AssertionError(id));
      assertEquals(Optional.of(MemberStatus.OBSERVER), observer.statusOn(PartialDate.of(2002)), id);
      assertEquals(Optional.of(MemberStatus.OBSERVER), observer.statusOn(TODAY), id);
    }
  }

  @Test
  void observersSeenOnlyAfter2002SayTheYearWasNotFound() {
    for (String id : List.of("ICMPD", "ADFM")) {
      Member observer = REGISTER.member(id).orElseThrow(() -> new AssertionError(id));
      assertEquals(List.of(Standing.of(MemberStatus.OBSERVER)), observer.standings(), id);
      assertTrue(observer.note().orElse("").contains("not found"), id);
    }
  }

  @Test
  void indonesiaAndAustraliaAndTheFoundingParticipantsWereMembersIn2002() {
    for (String id : List.of("IDN", "AUS", "AFG", "BGD", "FRA", "LKA", "THA", "TUR", "VNM", "TLS",
        "IOM", "UNHCR")) {
      Member member = REGISTER.member(id).orElseThrow(() -> new AssertionError(id));
      assertEquals(Optional.of(MemberStatus.MEMBER), member.statusOn(PartialDate.of(2002)), id);
    }
  }

  @Test
  void timorLesteCountsFrom2002WhenItTookPartAsUntaetEastTimor() {
    Member timorLeste = REGISTER.findMember("UNTAET/East Timor").orElseThrow();
    assertEquals("TLS", timorLeste.id());
    assertEquals(Optional.of(MemberStatus.MEMBER), timorLeste.statusOn(PartialDate.of(2002)));
    assertTrue(timorLeste.note().orElse("").contains("UNTAET/East Timor"));
  }

  @Test
  void laterMembersHaveNoInventedJoiningDateAndSaySo() {
    for (String id : List.of("HKG", "IRQ", "MAC", "MDV", "TON")) {
      Member member = REGISTER.member(id).orElseThrow(() -> new AssertionError(id));
      assertTrue(member.standings().stream().allMatch(s -> s.since().isEmpty()), id);
      assertTrue(member.note().orElse("").contains("not found"), id);
      assertTrue(member.statusOn(PartialDate.of(2002)).isEmpty(), id + " was not a member in 2002");
      assertEquals(Optional.of(MemberStatus.MEMBER), member.statusOn(PartialDate.of(2022, 12, 6)), id);
    }
  }

  @Test
  void theUnitedStatesTheUaeAndUnodcBecameMembersOnTheFirstOfApril2013() {
    PartialDate before = PartialDate.of(2013, 3, 31);
    PartialDate on = PartialDate.of(2013, 4, 1);
    for (String id : List.of("USA", "ARE", "UNODC")) {
      Member member = REGISTER.member(id).orElseThrow(() -> new AssertionError(id));
      assertAll(
          id,
          () -> assertEquals(Optional.of(MemberStatus.OBSERVER), member.statusOn(before)),
          () -> assertEquals(Optional.of(MemberStatus.MEMBER), member.statusOn(on)),
          () -> assertEquals(Optional.of(MemberStatus.MEMBER), member.statusOn(TODAY)));
    }
  }

  @Test
  void theUnitedStatesObservedIn2002ButTheUaeIsNotDatedBackTo2002() {
    assertEquals(
        Optional.of(MemberStatus.OBSERVER),
        REGISTER.member("USA").orElseThrow().statusOn(PartialDate.of(2002)));
    assertEquals(Optional.empty(), REGISTER.member("ARE").orElseThrow().statusOn(PartialDate.of(2002)));
  }

  @Test
  void theIloObservedIn2002And2013AndWasAMemberBy2019WithItsJoiningDateUnknown() {
    Member ilo = REGISTER.member("ILO").orElseThrow();
    Standing membership =
        ilo.standings().stream()
            .filter(s -> s.status() == MemberStatus.MEMBER)
            .findFirst()
            .orElseThrow();
    assertAll(
        () -> assertEquals(Optional.of(MemberStatus.OBSERVER), ilo.statusOn(PartialDate.of(2002))),
        () -> assertEquals(Optional.of(MemberStatus.OBSERVER), ilo.statusOn(PartialDate.of(2013))),
        () -> assertEquals(Optional.of(MemberStatus.MEMBER), ilo.statusOn(PartialDate.of(2019))),
        () -> assertEquals(Optional.empty(), membership.since()),
        () -> assertEquals(Optional.of(PartialDate.of(2019)), membership.knownBy()),
        () -> assertTrue(ilo.note().orElse("").contains("not found")));
  }

  @Test
  void theNamesStatementsPrintResolveToTheCanonicalMember() {
    assertAll(
        () -> assertResolves("UAE", "ARE"),
        () -> assertResolves("United Arab Emirates", "ARE"),
        () -> assertResolves("USA", "USA"),
        () -> assertResolves("United States", "USA"),
        () -> assertResolves("Viet Nam", "VNM"),
        () -> assertResolves("Vietnam", "VNM"),
        () -> assertResolves("Türkiye", "TUR"),
        () -> assertResolves("Turkey", "TUR"),
        () -> assertResolves("Lao PDR", "LAO"),
        () -> assertResolves("Republic of Korea", "KOR"),
        () -> assertResolves("South Korea", "KOR"),
        () -> assertResolves("DPRK", "PRK"),
        () -> assertResolves("Hong Kong SAR (China)", "HKG"),
        () -> assertResolves("Macau SAR (China)", "MAC"),
        () -> assertResolves("France (in respect of New Caledonia)", "FRA"),
        () -> assertResolves("UNODC", "UNODC"));
  }

  @Test
  void noTwoMembersShareANameOrAlias() {
    // findMember keeps the first entry for a name, so a shared alias would silently shadow one.
    for (Member member : REGISTER.members()) {
      List<String> names = new ArrayList<>(member.aliases());
      names.add(member.name());
      names.add(member.id());
      for (String name : names) {
        assertEquals(Optional.of(member.id()), REGISTER.findMember(name).map(Member::id), name);
      }
    }
  }

  @Test
  void everyoneThe16thAhgSomStatementListsWasAMemberOnTheDayOfTheMeeting() {
    // The attendance line of the seed statement, verbatim.
    String attended =
        "Australia, Bangladesh, Indonesia, Malaysia, Maldives, New Zealand, Pakistan, Philippines,"
            + " Sri Lanka, UAE, Thailand, USA, Viet Nam, IOM, UNHCR, and UNODC";
    PartialDate meetingDay = PartialDate.of(2022, 12, 6);
    List<String> names =
        Stream.of(attended.split(","))
            .map(name -> name.strip().replaceFirst("^and ", ""))
            .toList();
    assertEquals(16, names.size());
    Set<String> ids = new HashSet<>();
    for (String name : names) {
      Member member = REGISTER.findMember(name).orElseThrow(() -> new AssertionError(name));
      assertEquals(Optional.of(MemberStatus.MEMBER), member.statusOn(meetingDay), name);
      ids.add(member.id());
    }
    assertEquals(16, ids.size(), "the 16 names are 16 different members");
  }

  @Test
  void statesAndTerritoriesAreIdentifiedByAlpha3AndOrganisationsByAcronym() {
    for (Member member : REGISTER.members()) {
      Pattern pattern = member.kind() == MemberKind.STATE_OR_TERRITORY ? ALPHA_3 : ACRONYM;
      assertTrue(pattern.matcher(member.id()).matches(), member.id());
    }
  }

  // ------------------------------------------------------------------------------------------
  // Identifiers and sources

  @Test
  void identifiersAreUniqueWithinEachKind() {
    assertAll(
        () -> assertNoDuplicates("members", REGISTER.members().stream().map(Member::id).toList()),
        () -> assertNoDuplicates("bodies", REGISTER.bodies().stream().map(Body::id).toList()),
        () -> assertNoDuplicates("meetings", REGISTER.meetings().stream().map(Meeting::id).toList()),
        () -> assertNoDuplicates(
            "frameworks", REGISTER.frameworks().stream().map(Framework::id).toList()),
        () -> assertNoDuplicates("priorities", priorities().map(Priority::id).toList()),
        () -> assertNoDuplicates(
            "instruments", REGISTER.instruments().stream().map(Instrument::id).toList()));
  }

  @Test
  void acronymIdentifiersAreUniqueAcrossMembersBodiesAndPartners() {
    List<String> ids = new ArrayList<>();
    REGISTER.members().forEach(m -> ids.add(m.id()));
    REGISTER.bodies().forEach(b -> ids.add(b.id()));
    REGISTER.partners().forEach(p -> ids.add(p.id()));
    assertNoDuplicates("members, bodies and partners", ids);
  }

  @Test
  void slugIdentifiersAreUniqueAcrossMeetingsFrameworksPrioritiesAndInstruments() {
    List<String> ids = new ArrayList<>();
    REGISTER.meetings().forEach(m -> ids.add(m.id()));
    REGISTER.frameworks().forEach(f -> ids.add(f.id()));
    priorities().forEach(p -> ids.add(p.id()));
    REGISTER.instruments().forEach(i -> ids.add(i.id()));
    assertNoDuplicates("slugs", ids);
    assertTrue(ids.stream().allMatch(id -> SLUG.matcher(id).matches()), ids.toString());
  }

  @Test
  void everyEntryCitesAtLeastOneSource() {
    List<String> unsourced = new ArrayList<>();
    REGISTER.members().stream().filter(m -> m.sources().isEmpty()).forEach(m -> unsourced.add(m.id()));
    REGISTER.bodies().stream().filter(b -> b.sources().isEmpty()).forEach(b -> unsourced.add(b.id()));
    REGISTER.meetings().stream().filter(m -> m.sources().isEmpty()).forEach(m -> unsourced.add(m.id()));
    REGISTER.frameworks().stream()
        .filter(f -> f.sources().isEmpty())
        .forEach(f -> unsourced.add(f.id()));
    REGISTER.instruments().stream()
        .filter(i -> i.sources().isEmpty())
        .forEach(i -> unsourced.add(i.id()));
    assertEquals(List.of(), unsourced);
  }

  @Test
  void everyPriorityCitesASource() {
    assertEquals(
        List.of(), priorities().filter(p -> p.sources().isEmpty()).map(Priority::id).toList());
  }

  @Test
  void everySourceAnEntryCitesIsListedInTheRegistersSources() {
    Set<Source> listed = Set.copyOf(REGISTER.contents().sources());
    List<Source> cited = new ArrayList<>();
    REGISTER.members().forEach(m -> cited.addAll(m.sources()));
    REGISTER.bodies().forEach(b -> cited.addAll(b.sources()));
    REGISTER.meetings().forEach(m -> cited.addAll(m.sources()));
    REGISTER.frameworks().forEach(f -> cited.addAll(f.sources()));
    priorities().forEach(p -> cited.addAll(p.sources()));
    REGISTER.instruments().forEach(i -> cited.addAll(i.sources()));
    List<String> missing =
        cited.stream().filter(s -> !listed.contains(s)).map(Source::title).distinct().toList();
    assertEquals(List.of(), missing);
  }

  @Test
  void theContentsSatisfyEveryConstraintOfTheModel() {
    try (ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()) {
      Validator validator = factory.getValidator();
      Set<ConstraintViolation<RegisterContents>> violations =
          validator.validate(REGISTER.contents());
      assertEquals(
          List.of(),
          violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().toList());
    }
  }

  // ------------------------------------------------------------------------------------------
  // As-of date and description

  @Test
  void noFactIsDatedAfterTheRegistersDate() {
    List<String> later =
        allDates().stream().filter(d -> d.isAfter(TODAY)).map(PartialDate::toString).toList();
    assertEquals(List.of(), later);
  }

  @Test
  void theRegistersDateIsTheLastDayOfTheMonthInWhichItsLatestFactBegins() {
    // The latest facts are known only to the month (May 2024) or the year (2024): the register
    // is dated at the end of that month so that it cannot predate them.
    LocalDate latestStart =
        allDates().stream().map(PartialDate::earliest).max(LocalDate::compareTo).orElseThrow();
    assertEquals(LocalDate.of(2024, 5, 31), REGISTER.asOf());
    assertEquals(latestStart.withDayOfMonth(latestStart.lengthOfMonth()), REGISTER.asOf());
  }

  @Test
  void theDescriptionSaysTheMemberListIsReconstructed() {
    assertTrue(REGISTER.contents().description().contains("as reconstructed"));
  }

  // ------------------------------------------------------------------------------------------
  // Bodies

  @Test
  void theForumAndItsTenBodiesAreRegistered() {
    assertEquals(
        List.of("BALI-PROCESS", "BPMC", "SG", "AHG", "WG-TIP", "WG-D", "TEG-RR", "TFPP", "GABF", "RSO",
            "CONSULTATION-MECHANISM"),
        REGISTER.bodies().stream().map(Body::id).toList());
  }

  @Test
  void everyBodysParentIsARegisteredBodyEstablishedNoLaterThanIt() {
    for (Body body : REGISTER.bodies()) {
      body.parent()
          .ifPresent(
              parentId -> {
                Body parent =
                    REGISTER.body(parentId).orElseThrow(() -> new AssertionError(body.id() + " -> " + parentId));
                assertFalse(parentId.equals(body.id()), body.id());
                assertFalse(
                    parent.established().orElseThrow().isAfter(body.established().orElseThrow()),
                    body.id() + " predates its parent " + parentId);
              });
    }
  }

  @Test
  void theWorkingGroupsTaskForceAndExpertsGroupReportToTheAdHocGroup() {
    for (String id : List.of("WG-TIP", "WG-D", "TEG-RR", "TFPP")) {
      assertEquals(Optional.of("AHG"), REGISTER.body(id).orElseThrow().parent(), id);
    }
  }

  @Test
  void aBodyWithoutAParentOrEstablishedDateExplainsWhyInItsNote() {
    for (Body body : REGISTER.bodies()) {
      if (body.established().isEmpty()) {
        assertTrue(body.note().orElse("").contains("not found"), body.id());
      }
      if (body.parent().isEmpty() && !body.id().equals("BPMC")) {
        // BALI-PROCESS says it is the forum itself.
        assertTrue(body.note().orElse("").contains("no parent is recorded"), body.id());
      }
    }
  }

  @Test
  void everyCoChairOfABodyOrConferenceIsARegisteredMember() {
    List<String> coChairs = new ArrayList<>();
    for (Body body : REGISTER.bodies()) {
      for (CoChairTerm term : body.coChairs()) {
        assertEquals(2, term.members().size(), body.id());
        coChairs.addAll(term.members());
      }
    }
    REGISTER.meetings().forEach(m -> coChairs.addAll(m.coChairs()));
    assertFalse(coChairs.isEmpty());
    for (String id : coChairs) {
      Member member = REGISTER.member(id).orElseThrow(() -> new AssertionError(id));
      assertEquals(Optional.of(MemberStatus.MEMBER), member.statusOn(TODAY), id);
    }
  }

  @Test
  void theAdHocGroupAndTheWorkingGroupOnTraffickingDateFromTheConferencesThatCreatedThem() {
    assertEquals(
        PartialDate.of(2009, 4), REGISTER.body("AHG").orElseThrow().established().orElseThrow());
    assertEquals(
        PartialDate.of(2013, 4), REGISTER.body("WG-TIP").orElseThrow().established().orElseThrow());
    assertFalse(
        REGISTER.meeting("bpmc-3").orElseThrow().date().orElseThrow()
            .isBefore(PartialDate.of(2009, 4)));
    assertFalse(
        REGISTER.meeting("bpmc-5").orElseThrow().date().orElseThrow()
            .isBefore(PartialDate.of(2013, 4)));
  }

  // ------------------------------------------------------------------------------------------
  // Meeting series

  @Test
  void theAdHocGroupSeniorOfficialsMeetingsTheSourcesDateAreRegisteredWithTheirPlaces() {
    List<String> found =
        REGISTER.meetings().stream()
            .filter(m -> m.convenedBy().equals(List.of("AHG")))
            .map(m -> m.ordinal().orElseThrow() + " " + m.date().orElseThrow() + " " + m.place().orElseThrow().city().orElseThrow())
            .toList();
    assertEquals(
        List.of("4 2011-03-09 Bali", "7 2013-03-05 Sydney", "8 2014-08-06 Canberra", "9 2015-05 Wellington",
            "11 2016-11-16 Colombo", "12 2017-10-31 Kuala Lumpur", "14 2019-07-23 Da Nang", "16 2022-12-06 Bali",
            "17 2024-05-03 Kuala Lumpur"),
        found);
  }

  @Test
  void theMaldivesIsAttestedAsAMemberByThe12thAhgSomAndNotBefore() {
    Member maldives = REGISTER.member("MDV").orElseThrow();
    assertEquals(Optional.of(MemberStatus.MEMBER), maldives.statusOn(PartialDate.of(2017, 10, 31)));
    assertEquals(Optional.empty(), maldives.statusOn(PartialDate.of(2016)));
    assertTrue(maldives.note().orElseThrow().contains("12th AHG SOM"));
  }

  @Test
  void theBaliProcessItselfIsAForumFoundedIn2002() {
    Body forum = REGISTER.body("BALI-PROCESS").orElseThrow();
    assertEquals(BodyKind.FORUM, forum.kind());
    assertTrue(forum.established().orElseThrow().toString().startsWith("2002"));
  }

  // ------------------------------------------------------------------------------------------
  // Ministerial Conferences

  @Test
  void theEightMinisterialConferencesAreNumberedOneToEightInDateOrder() {
    List<Meeting> conferences =
        REGISTER.meetings().stream()
            .filter(m -> m.kind() == MeetingKind.MINISTERIAL_CONFERENCE)
            .toList();
    assertEquals(8, conferences.size());
    for (int i = 0; i < conferences.size(); i++) {
      Meeting conference = conferences.get(i);
      assertEquals("bpmc-" + (i + 1), conference.id());
      assertEquals(Optional.of(i + 1), conference.ordinal());
      assertEquals(List.of("BPMC"), conference.convenedBy());
      assertEquals(Set.of("IDN", "AUS"), Set.copyOf(conference.coChairs()));
      if (i > 0) {
        PartialDate previous = conferences.get(i - 1).date().orElseThrow();
        assertTrue(previous.isBefore(conference.date().orElseThrow()), conference.id());
      }
      conference
          .endDate()
          .ifPresent(end -> assertFalse(end.isBefore(conference.date().orElseThrow()), conference.id()));
    }
  }

  @Test
  void theEighthConferenceMetInAdelaideAndTheOthersInBali() {
    for (Meeting conference : REGISTER.meetings()) {
      if (conference.kind() != MeetingKind.MINISTERIAL_CONFERENCE) {
        continue;
      }
      String city = conference.id().equals("bpmc-8") ? "Adelaide" : "Bali";
      String country = conference.id().equals("bpmc-8") ? "AUS" : "IDN";
      assertEquals(Optional.of(city), conference.place().orElseThrow().city(), conference.id());
      assertEquals(country, conference.place().orElseThrow().country(), conference.id());
    }
    assertEquals(
        PartialDate.of(2023, 2, 10), REGISTER.meeting("bpmc-8").orElseThrow().date().orElseThrow());
  }

  // ------------------------------------------------------------------------------------------
  // Frameworks, priorities and instruments

  @Test
  void the2018StrategyHasSevenPrioritiesAndNoInventedTitles() {
    Framework soc = REGISTER.framework("soc-2018").orElseThrow();
    assertEquals(
        IntStream.rangeClosed(1, 7).mapToObj(n -> "soc-2018-priority-" + n).toList(),
        soc.priorities().stream().map(Priority::id).toList());
    for (int n : new int[] {1, 4, 5}) {
      Priority untitled = soc.priority("soc-2018-priority-" + n).orElseThrow();
      assertEquals(Optional.empty(), untitled.title(), "priority " + n);
      assertEquals(Optional.of(n), untitled.number());
      assertTrue(untitled.note().orElse("").contains("title was not found"), "priority " + n);
    }
    assertEquals(Optional.of("Stakeholder engagement"), title("soc-2018-priority-2"));
    assertEquals(Optional.of("Information sharing"), title("soc-2018-priority-3"));
    assertEquals(
        Optional.of("Victim protection and migration management"), title("soc-2018-priority-6"));
    assertEquals(Optional.of("Returns and reintegration"), title("soc-2018-priority-7"));
  }

  @Test
  void the2018StrategyWasInForceUntilTheAdelaideStrategyReplacedIt() {
    Framework soc = REGISTER.framework("soc-2018").orElseThrow();
    Framework adelaide = REGISTER.framework("adelaide-strategy-2023").orElseThrow();
    assertAll(
        () -> assertEquals(Optional.of("bpmc-7"), soc.adoptedAt()),
        () -> assertEquals(Optional.of(PartialDate.of(2018, 8, 7)), soc.adopted()),
        () -> assertEquals(Optional.of("adelaide-strategy-2023"), soc.supersededBy()),
        () -> assertEquals(adelaide.adopted(), soc.superseded()),
        () -> assertEquals(Optional.of("bpmc-8"), adelaide.adoptedAt()),
        () -> assertEquals(Optional.of(PartialDate.of(2023, 2, 10)), adelaide.adopted()),
        () -> assertTrue(soc.inForceOn(PartialDate.of(2022, 12, 6))),
        () -> assertFalse(soc.inForceOn(PartialDate.of(2023, 3))),
        () -> assertFalse(adelaide.inForceOn(PartialDate.of(2022, 12, 6))),
        () -> assertTrue(adelaide.inForceOn(TODAY)));
  }

  @Test
  void theAdelaideStrategyHasEightNumberedAreas() {
    Framework adelaide = REGISTER.framework("adelaide-strategy-2023").orElseThrow();
    assertEquals(8, adelaide.priorities().size());
    for (int n = 1; n <= 8; n++) {
      Priority area = adelaide.priorities().get(n - 1);
      assertEquals("adelaide-strategy-2023-area-" + n, area.id());
      assertEquals(Optional.of(n), area.number());
      assertTrue(area.title().isPresent(), area.id());
    }
    assertEquals(Optional.of("Law enforcement"), title("adelaide-strategy-2023-area-1"));
    assertEquals(Optional.of("Coordination and support"), title("adelaide-strategy-2023-area-8"));
  }

  @Test
  void theAaaRecommendationsBearTheirOfficialNameAndRecordTheStatementsVariant() {
    Framework aaa = REGISTER.framework("gabf-aaa-recommendations").orElseThrow();
    assertAll(
        () -> assertEquals("Acknowledge, Act and Advance", aaa.name()),
        () -> assertEquals(Optional.of("GABF"), aaa.owner()),
        () -> assertTrue(aaa.aliases().contains("Acknowledge, Act, Achieve")),
        () -> assertTrue(aaa.note().orElse("").contains("Acknowledge, Act, Achieve")),
        () -> assertEquals(
            List.of("gabf-aaa-acknowledge", "gabf-aaa-act", "gabf-aaa-advance"),
            aaa.priorities().stream().map(Priority::id).toList()),
        () -> assertEquals(
            List.of("Acknowledge", "Act", "Advance"),
            aaa.priorities().stream().map(p -> p.title().orElseThrow()).toList()));
  }

  @Test
  void theGabfWorkplanHoldsTheThreeKeyPrioritiesTheStatementNames() {
    Framework workplan = REGISTER.framework("gabf-workplan").orElseThrow();
    assertEquals(Optional.of("GABF"), workplan.owner());
    assertEquals(
        List.of("gabf-ethical-employment", "gabf-supply-chain-transparency", "gabf-safeguard-redress"),
        workplan.priorities().stream().map(Priority::id).toList());
  }

  @Test
  void frameworkAndInstrumentReferencesResolveInTheRegister() {
    for (Framework framework : REGISTER.frameworks()) {
      framework.owner().ifPresent(id -> assertTrue(REGISTER.body(id).isPresent(), id));
      framework.adoptedAt().ifPresent(id -> assertTrue(REGISTER.meeting(id).isPresent(), id));
      framework.supersededBy().ifPresent(id -> assertTrue(REGISTER.framework(id).isPresent(), id));
      for (Priority priority : framework.priorities()) {
        assertEquals(Optional.of(framework), REGISTER.frameworkOf(priority.id()));
      }
    }
    for (Instrument instrument : REGISTER.instruments()) {
      instrument.issuedBy().ifPresent(id -> assertTrue(REGISTER.body(id).isPresent(), id));
      String meetingId = instrument.adoptedAt().orElseThrow();
      Meeting meeting = REGISTER.meeting(meetingId).orElseThrow(() -> new AssertionError(meetingId));
      assertEquals(meeting.date(), instrument.date(), instrument.id() + " dated as its conference");
    }
  }

  @Test
  void theDeclarationsOf2016And2018AreRegistered() {
    assertEquals(
        Optional.of("bpmc-7"),
        REGISTER.instrument("ministerial-declaration-2018").orElseThrow().adoptedAt());
    assertEquals(
        Optional.of("bpmc-6"), REGISTER.instrument("bali-declaration-2016").orElseThrow().adoptedAt());
  }

  // ------------------------------------------------------------------------------------------

  private static Stream<Priority> priorities() {
    return REGISTER.frameworks().stream().flatMap(f -> f.priorities().stream());
  }

  private static Optional<String> title(String priorityId) {
    return REGISTER.priority(priorityId).orElseThrow(() -> new AssertionError(priorityId)).title();
  }

  private static void assertResolves(String name, String id) {
    assertEquals(Optional.of(id), REGISTER.findMember(name).map(Member::id), name);
  }

  private static void assertNoDuplicates(String what, List<String> ids) {
    Set<String> seen = new HashSet<>();
    List<String> duplicates = ids.stream().filter(id -> !seen.add(id)).toList();
    assertEquals(List.of(), duplicates, "duplicate identifiers among " + what);
  }

  /** Every date the register states as a fact, from standings to sources. */
  private static List<PartialDate> allDates() {
    List<PartialDate> dates = new ArrayList<>();
    for (Member member : REGISTER.members()) {
      for (Standing standing : member.standings()) {
        standing.since().ifPresent(dates::add);
        standing.knownBy().ifPresent(dates::add);
      }
      member.sources().forEach(s -> s.published().ifPresent(dates::add));
    }
    for (Body body : REGISTER.bodies()) {
      body.established().ifPresent(dates::add);
      body.coChairs().forEach(t -> t.asOf().ifPresent(dates::add));
    }
    for (Meeting meeting : REGISTER.meetings()) {
      meeting.date().ifPresent(dates::add);
      meeting.endDate().ifPresent(dates::add);
    }
    for (Framework framework : REGISTER.frameworks()) {
      framework.adopted().ifPresent(dates::add);
      framework.superseded().ifPresent(dates::add);
    }
    REGISTER.instruments().forEach(i -> i.date().ifPresent(dates::add));
    REGISTER.contents().sources().forEach(s -> s.published().ifPresent(dates::add));
    return dates;
  }
}
