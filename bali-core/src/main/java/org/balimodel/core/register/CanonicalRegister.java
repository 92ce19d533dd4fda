package org.balimodel.core.register;

import static org.balimodel.core.model.MemberKind.INTERNATIONAL_ORGANISATION;
import static org.balimodel.core.model.MemberKind.STATE_OR_TERRITORY;
import static org.balimodel.core.model.MemberStatus.MEMBER;
import static org.balimodel.core.model.MemberStatus.OBSERVER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.balimodel.core.model.Body;
import org.balimodel.core.model.BodyKind;
import org.balimodel.core.model.CoChairTerm;
import org.balimodel.core.model.Framework;
import org.balimodel.core.model.FrameworkKind;
import org.balimodel.core.model.Instrument;
import org.balimodel.core.model.InstrumentKind;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.MeetingKind;
import org.balimodel.core.model.MeetingFormat;
import org.balimodel.core.model.MeetingLevel;
import org.balimodel.core.model.Member;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Place;
import org.balimodel.core.model.Priority;
import org.balimodel.core.model.Source;
import org.balimodel.core.model.Standing;

/**
 * The data of {@link Register#baliProcess()}: the Bali Process as reconstructed from the public
 * sources listed in {@code reference/bali-process-facts.md} and the 16th AHG SOM statement.
 *
 * <p>Where a source gives no date or title, the entry leaves it out and says so in its note rather
 * than supplying a plausible one; docs/register.md lists these gaps.
 */
final class CanonicalRegister {
  private CanonicalRegister() {}

  /*
   * The register describes the forum as of 31 May 2024. The latest facts it holds are dated only to
   * the month: the Steering Group and TEG-RR co-chairs as the RSO's site showed them in May 2024
   * (the 17th AHG SOM of 3 May 2024 is the last meeting the sources found). A register dated to a
   * day earlier in May could predate a fact it holds, so the date is the last day of that month.
   */
  static final LocalDate AS_OF = LocalDate.of(2024, 5, 31);

  static RegisterContents contents() {
    return new RegisterContents.Builder()
        .asOf(AS_OF)
        .description(
            "The canonical register of the Bali Process on People Smuggling, Trafficking in Persons"
                + " and Related Transnational Crime as of 31 May 2024: its 45 member states and"
                + " territories and 4 member organisations, the observers the records name, its"
                + " bodies, the eight Ministerial Conferences, its strategies and their priorities,"
                + " and its declarations. The member list is as reconstructed: no single current"
                + " list was available, so it joins the participants of the founding 2002"
                + " conference to later members named in meeting records; its total matches the"
                + " official count of 45. Joining dates, titles and parents that no source gives"
                + " are absent, and each entry's note says so.")
        .members(members())
        .bodies(bodies())
        .meetings(meetings())
        .frameworks(frameworks())
        .instruments(instruments())
        .sources(Sources.ALL)
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Members and observers

  /** Members whose attendance the 16th AHG SOM statement records; they cite it as well. */
  private static final Set<String> SEED_PARTICIPANTS =
      Set.of(
          "AUS", "BGD", "IDN", "MYS", "MDV", "NZL", "PAK", "PHL", "LKA", "ARE", "THA", "USA", "VNM",
          "IOM", "UNHCR", "UNODC");

  private static List<Member> members() {
    List<Member> members = new ArrayList<>();
    // The 45 states and territories, in the order the facts list them.
    members.add(founder("AFG", "Afghanistan"));
    members.add(coChair("AUS", "Australia"));
    members.add(founder("BGD", "Bangladesh"));
    members.add(founder("BTN", "Bhutan"));
    members.add(founder("BRN", "Brunei Darussalam", "Brunei"));
    members.add(founder("KHM", "Cambodia"));
    members.add(founder("CHN", "China"));
    members.add(
        founder(
            "PRK",
            "Democratic People's Republic of Korea",
            "DPRK",
            // The 2002 Co-Chairs' Statement writes it so.
            "Democratic Republic of Korea"));
    members.add(founder("FJI", "Fiji"));
    members.add(
        founderWithNote(
            "FRA",
            "France (in respect of New Caledonia)",
            "The 2002 Co-Chairs' Statement lists \"France\"; the Bali Process counts France as a"
                + " member in respect of New Caledonia.",
            "France"));
    members.add(
        laterMember("HKG", "Hong Kong SAR (China)", "Hong Kong", "Hong Kong SAR", "Hong Kong, China"));
    members.add(founder("IND", "India"));
    members.add(coChair("IDN", "Indonesia"));
    members.add(founder("IRN", "Iran", "Islamic Republic of Iran"));
    members.add(laterMember("IRQ", "Iraq"));
    members.add(founder("JPN", "Japan"));
    members.add(founder("JOR", "Jordan"));
    members.add(founder("KIR", "Kiribati"));
    members.add(founder("LAO", "Lao PDR", "Laos", "Lao People's Democratic Republic"));
    members.add(
        laterMember("MAC", "Macau SAR (China)", "Macau", "Macao", "Macau SAR", "Macao SAR (China)"));
    members.add(founder("MYS", "Malaysia"));
    members.add(maldives());
    members.add(founder("MNG", "Mongolia"));
    members.add(founder("MMR", "Myanmar"));
    members.add(founder("NRU", "Nauru"));
    members.add(founder("NPL", "Nepal"));
    members.add(founder("NZL", "New Zealand"));
    members.add(founder("PAK", "Pakistan"));
    members.add(founder("PLW", "Palau"));
    members.add(founder("PNG", "Papua New Guinea", "PNG"));
    members.add(founder("PHL", "Philippines", "The Philippines"));
    members.add(founder("KOR", "Republic of Korea", "South Korea", "ROK"));
    members.add(founder("WSM", "Samoa"));
    members.add(founder("SGP", "Singapore"));
    members.add(founder("SLB", "Solomon Islands"));
    members.add(founder("LKA", "Sri Lanka"));
    members.add(founder("SYR", "Syria", "Syrian Arab Republic"));
    members.add(founder("THA", "Thailand"));
    members.add(
        founderWithNote(
            "TLS",
            "Timor-Leste",
            "Took part in the 2002 conference as \"UNTAET/East Timor\", under United Nations"
                + " transitional administration; the date it took part as an independent state was"
                + " not found.",
            "East Timor",
            "UNTAET/East Timor"));
    members.add(laterMember("TON", "Tonga"));
    members.add(founder("TUR", "Türkiye", "Turkey", "Republic of Türkiye"));
    members.add(
        joinedIn2013(
            "ARE",
            "United Arab Emirates",
            // Not among the observers of 2002: when it became one was not found, so its observer
            // standing is only attested by the 2013 record that calls it a previous observer.
            new Standing.Builder().status(OBSERVER).knownBy(PartialDate.of(2013)).build(),
            "An observer before 2013 (not among the observers of 2002; when it became one was not"
                + " found); a member since the 5th Senior Officials' Meeting, 1 April 2013.",
            "UAE"));
    members.add(
        joinedIn2013(
            "USA",
            "United States of America",
            Standing.since(OBSERVER, PartialDate.of(2002)),
            "An observer at the 2002 conference; a member since the 5th Senior Officials' Meeting,"
                + " 1 April 2013.",
            "USA",
            "United States",
            "US"));
    members.add(founder("VUT", "Vanuatu"));
    members.add(founder("VNM", "Viet Nam", "Vietnam"));

    // The 4 member organisations.
    members.add(
        organisation("IOM", "International Organization for Migration")
            .addAliases("International Organisation for Migration")
            .addStanding(Standing.since(MEMBER, PartialDate.of(2002)))
            .addSources(Sources.COCHAIRS_2002, Sources.ABOUT, Sources.SEED)
            .build());
    members.add(
        organisation("UNHCR", "Office of the United Nations High Commissioner for Refugees")
            .addAliases("United Nations High Commissioner for Refugees")
            .addStanding(Standing.since(MEMBER, PartialDate.of(2002)))
            .addSources(Sources.COCHAIRS_2002, Sources.ABOUT, Sources.SEED)
            .build());
    members.add(
        organisation("UNODC", "United Nations Office on Drugs and Crime")
            // Its name in 2002, when it attended as an observer.
            .addAliases("United Nations Office of Drug Control and Crime Prevention", "UNODCCP")
            .addStanding(Standing.since(OBSERVER, PartialDate.of(2002)))
            .addStanding(Standing.since(MEMBER, PartialDate.of(2013, 4, 1)))
            .note(
                "Attended the 2002 conference as an observer, as the United Nations Office of Drug"
                    + " Control and Crime Prevention; a member since the 5th Senior Officials'"
                    + " Meeting, 1 April 2013.")
            .addSources(Sources.COCHAIRS_2002, Sources.SOM_5_2013, Sources.ABOUT, Sources.SEED)
            .build());
    members.add(
        organisation("ILO", "International Labour Organization")
            .addAliases("International Labor Organization")
            .addStanding(Standing.since(OBSERVER, PartialDate.of(2002)))
            .addStanding(new Standing.Builder().status(MEMBER).knownBy(PartialDate.of(2019)).build())
            .note(
                "An observer in 2002 and 2013 and a member by 2019; the date it joined as a member"
                    + " was not found, so its member standing is attested by 2019, not dated.")
            .addSources(Sources.COCHAIRS_2002, Sources.ABOUT, Sources.VIETNAMPLUS_2019)
            .build());

    members.addAll(observers());
    return members;
  }

  /** A participant of the founding 2002 conference, a member since then. */
  private static Member founder(String id, String name, String... aliases) {
    return state(id, name, aliases)
        .addStanding(Standing.since(MEMBER, PartialDate.of(2002)))
        .addSources(Sources.COCHAIRS_2002, Sources.BPMC_1)
        .build();
  }

  private static Member founderWithNote(String id, String name, String note, String... aliases) {
    return new Member.Builder().from(founder(id, name, aliases)).note(note).build();
  }

  /** Indonesia and Australia: co-chairs of the 2002 conference and of the forum since. */
  private static Member coChair(String id, String name) {
    return state(id, name)
        .addStanding(Standing.since(MEMBER, PartialDate.of(2002)))
        .note("Co-chair of the Bali Process with " + (id.equals("IDN") ? "Australia" : "Indonesia")
            + " since the 2002 conference.")
        .addSources(Sources.COCHAIRS_2002, Sources.BPMC_1)
        .build();
  }

  /*
   * A member not among the participants of 2002 whose joining date was not found. Its standing is
   * attested by 2019, not dated: the sources of 2019 count 49 members (45 states and territories),
   * the count the reconstructed list reaches only with this member, and the count still stood in
   * 2023. Validation of a meeting from 2019 on therefore accepts it; of an earlier one, not.
   */
  private static Member laterMember(String id, String name, String... aliases) {
    return state(id, name, aliases)
        .addStanding(new Standing.Builder().status(MEMBER).knownBy(PartialDate.of(2019)).build())
        .note(
            "Not among the participants of the 2002 conference; named as a member in later"
                + " meeting records. The date it joined was not found: its membership is attested"
                + " by 2019, when the sources count 45 member states and territories.")
        .addSources(Sources.ABOUT, Sources.VIETNAMPLUS_2019, Sources.FM_PRESS_2023)
        .build();
  }

  /*
   * The Maldives: not among the 2002 participants, and the date it joined was not found. The list of
   * participants of the 12th AHG SOM (Kuala Lumpur, 31 October 2017) names it, so its membership is
   * attested by then, a lower bound: participation before that is remarked, not an error.
   */
  private static Member maldives() {
    return state("MDV", "Maldives")
        .addStanding(new Standing.Builder().status(MEMBER).knownBy(PartialDate.of(2017, 10, 31)).build())
        .note(
            "Not among the participants of the 2002 conference. The date it joined was not found;"
                + " the list of participants of the 12th AHG SOM (Kuala Lumpur, 31 October 2017)"
                + " names it, so its membership is attested by then. Earlier participation is"
                + " reported as a warning (participant.before-attested), not an error.")
        .addSources(Sources.SOM_12_ATTENDANCE, Sources.ABOUT, Sources.VIETNAMPLUS_2019)
        .build();
  }

  private static Member joinedIn2013(
      String id, String name, Standing observer, String note, String... aliases) {
    return state(id, name, aliases)
        .addStanding(observer)
        .addStanding(Standing.since(MEMBER, PartialDate.of(2013, 4, 1)))
        .note(note)
        .addSources(Sources.SOM_5_2013, Sources.ABOUT)
        .build();
  }

  private static Member.Builder state(String id, String name, String... aliases) {
    Member.Builder builder =
        new Member.Builder().id(id).kind(STATE_OR_TERRITORY).name(name).addAliases(aliases);
    if (SEED_PARTICIPANTS.contains(id)) {
      builder.addSource(Sources.SEED);
    }
    return builder;
  }

  private static Member.Builder organisation(String id, String name) {
    return new Member.Builder().id(id).kind(INTERNATIONAL_ORGANISATION).name(name);
  }

  private static final String OBSERVER_NOTE =
      "Seen as an observer in %s; the current observer list was not found, so its standing"
          + " today is not confirmed.";

  /*
   * The observers the records name. The official count is 18 states and 9 organisations; the
   * records found name 14 states (the United States, an observer in 2002, is now a member) and 12
   * organisations, some of which may no longer observe.
   */
  private static List<Member> observers() {
    List<Member> observers = new ArrayList<>();
    String[][] states = {
      {"AUT", "Austria"},
      {"BEL", "Belgium"},
      {"CAN", "Canada"},
      {"DNK", "Denmark"},
      {"FIN", "Finland"},
      {"DEU", "Germany"},
      {"ITA", "Italy"},
      {"NLD", "Netherlands", "The Netherlands"},
      {"NOR", "Norway"},
      {"RUS", "Russian Federation", "Russia"},
      {"ESP", "Spain"},
      {"SWE", "Sweden"},
      {"CHE", "Switzerland"},
      {"GBR", "United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "UK",
        "United Kingdom of Great Britain"},
    };
    for (String[] state : states) {
      observers.add(
          new Member.Builder()
              .id(state[0])
              .kind(STATE_OR_TERRITORY)
              .name(state[1])
              .addAliases(List.of(state).subList(2, state.length).toArray(String[]::new))
              .addStanding(Standing.since(OBSERVER, PartialDate.of(2002)))
              .note(String.format(OBSERVER_NOTE, "2002"))
              .addSources(Sources.COCHAIRS_2002, Sources.BPMC_1)
              .build());
    }
    observers.add(observer2002("ASEAN-SECRETARIAT", "ASEAN Secretariat",
        "Association of South-East Asian Nations Secretariat",
        "Association of Southeast Asian Nations Secretariat"));
    observers.add(observer2002("PIFS", "Pacific Islands Forum Secretariat"));
    observers.add(observer2002("EU", "European Union"));
    observers.add(observer2002("UNDP", "United Nations Development Programme"));
    observers.add(observer2002("WORLD-BANK", "World Bank"));
    observers.add(observer2002("ADB", "Asian Development Bank"));
    observers.add(
        observer2002(
            "IGC",
            "Intergovernmental Consultations on Migration, Asylum and Refugees",
            "Inter-Governmental Consultations on Migration, Asylum and Refugees"));
    observers.add(
        observer2002(
            "INTERPOL", "International Criminal Police Organization", "ICPO-INTERPOL"));
    observers.add(
        observer2002(
            "ICRC", "International Committee of the Red Cross", "International Committee of Red Cross"));
    observers.add(
        observer2002(
            "IFRC",
            "International Federation of Red Cross and Red Crescent Societies",
            "International Federation of Red Cross"));
    observers.add(laterObserver("ICMPD", "International Centre for Migration Policy Development"));
    observers.add(laterObserver("ADFM", "Asia Dialogue on Forced Migration"));
    return observers;
  }

  private static Member observer2002(String id, String name, String... aliases) {
    return organisation(id, name)
        .addAliases(aliases)
        .addStanding(Standing.since(OBSERVER, PartialDate.of(2002)))
        .note(String.format(OBSERVER_NOTE, "2002"))
        .addSources(Sources.COCHAIRS_2002, Sources.BPMC_1)
        .build();
  }

  /*
   * The facts say only that these were seen "later" than 2002. Rather than invent a year, the
   * standing is left undated, which counts from the forum's beginning: validation accepts them as
   * observers at any meeting, a leniency the note states.
   */
  private static Member laterObserver(String id, String name) {
    return organisation(id, name)
        .addStanding(Standing.of(OBSERVER))
        .note(
            "Seen as an observer in records after 2002; the year was not found, so the standing is"
                + " undated and counts from the forum's beginning. The current observer list was not"
                + " found.")
        .addSources(Sources.ABOUT)
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Bodies

  private static List<Body> bodies() {
    return List.of(
        new Body.Builder()
            .id("BALI-PROCESS")
            .kind(BodyKind.FORUM)
            .name("Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime")
            .established(PartialDate.of(2002, 2))
            .addCoChair(new CoChairTerm.Builder().addMembers("IDN", "AUS").build())
            .addAliases("Bali Process", "the Bali Process")
            .note(
                "The forum itself, founded at the first Ministerial Conference (Bali, 26-28 February"
                    + " 2002) and co-chaired by Indonesia and Australia since: an entity so that"
                    + " statements can refer to \"the Bali Process\" and its anniversaries. It is the forum"
                    + " itself, so no parent is recorded.")
            .addSources(Sources.COCHAIRS_2002, Sources.BPMC_1, Sources.ABOUT)
            .build(),
        new Body.Builder()
            .id("BPMC")
            .kind(BodyKind.MINISTERIAL_CONFERENCE)
            .name("Bali Process Ministerial Conference")
            .acronym("BPMC")
            .established(PartialDate.of(2002))
            .addCoChair(new CoChairTerm.Builder().addMembers("IDN", "AUS").build())
            .addAliases("Ministerial Conference", "Bali Regional Ministerial Conference")
            .note(
                "The forum's highest level; eight conferences held, 2002 to 2023, all co-chaired"
                    + " by the foreign ministers of Indonesia and Australia. It reports to no other"
                    + " body.")
            .addSources(Sources.BPMC_1, Sources.BPMC_8, Sources.BPMC_PAGES)
            .build(),
        new Body.Builder()
            .id("SG")
            .kind(BodyKind.STEERING_GROUP)
            .name("Steering Group")
            .acronym("SG")
            .addAliases(
                "Bali Process Steering Group",
                "Senior Officials Steering Group",
                "Ministerial Steering Group")
            .note(
                "Members: Australia, Indonesia, New Zealand, Thailand, UNHCR and IOM. Sets the"
                    + " agenda of the Ministerial Conferences; meets at senior-officials level"
                    + " (Senior Officials Steering Group) and at ministerial level (Paris, 21 February"
                    + " 2022). The date it was established and its co-chairs were not found, and the"
                    + " sources do not say to which body it reports, so no parent is recorded.")
            .addSources(Sources.REPUBLIKA_2013, Sources.FM_2017_10_13, Sources.RSO_2024)
            .build(),
        new Body.Builder()
            .id("AHG")
            .kind(BodyKind.AD_HOC_GROUP)
            .name("Ad Hoc Group")
            .acronym("AHG")
            .established(PartialDate.of(2009, 4))
            .addCoChair(
                new CoChairTerm.Builder()
                    .addMembers("IDN", "AUS")
                    .asOf(PartialDate.of(2022, 12, 6))
                    .build())
            .addAliases("Ad-Hoc Group", "Bali Process Ad Hoc Group")
            .note(
                "Created at the 3rd Ministerial Conference (14-15 April 2009); meets as the Ad Hoc"
                    + " Group Senior Officials' Meeting (AHG SOM); \"sixteen states and three"
                    + " international organisations\". The sources say which conference created it,"
                    + " not to which body it reports, so no parent is recorded.")
            .addSources(Sources.AHG_PAGE, Sources.SEED)
            .build(),
        new Body.Builder()
            .id("WG-TIP")
            .kind(BodyKind.WORKING_GROUP)
            .name("Working Group on Trafficking in Persons")
            .acronym("WG-TIP")
            .parent("AHG")
            .established(PartialDate.of(2013, 4))
            .addCoChair(new CoChairTerm.Builder().addMembers("AUS", "IDN").build())
            .note(
                "Established at the 5th Ministerial Conference (2 April 2013); first met on 27"
                    + " March 2015. Reports annually to the Ad Hoc Group.")
            .addSources(Sources.BALIPROCESS_WG_TIP, Sources.SEED)
            .build(),
        new Body.Builder()
            .id("WG-D")
            .kind(BodyKind.WORKING_GROUP)
            .name(
                "Working Group on the Disruption of People Smuggling and Trafficking in Persons"
                    + " Networks")
            .acronym("WG-D")
            .parent("AHG")
            .established(PartialDate.of(2014))
            .addCoChair(
                new CoChairTerm.Builder().addMembers("MYS", "NZL").asOf(PartialDate.of(2017)).build())
            .addCoChair(new CoChairTerm.Builder().addMembers("NZL", "VNM").build())
            .note(
                "Runs the Joint Periods of Action. Co-chaired by Malaysia and New Zealand in 2017;"
                    + " the source naming New Zealand and Viet Nam gives no date. Its parent is the"
                    + " Ad Hoc Group, to which it reports at the AHG SOM (16th AHG SOM statement).")
            .addSources(Sources.BALIPROCESS_WG_D, Sources.SEED)
            .build(),
        new Body.Builder()
            .id("TEG-RR")
            .kind(BodyKind.TECHNICAL_EXPERTS_GROUP)
            .name("Technical Experts Group on Returns and Reintegration")
            .acronym("TEG-RR")
            .parent("AHG")
            .established(PartialDate.of(2016, 3, 22))
            .addCoChair(
                new CoChairTerm.Builder().addMembers("PHL", "AUS").asOf(PartialDate.of(2018)).build())
            .addCoChair(
                new CoChairTerm.Builder().addMembers("PHL", "AUS").asOf(PartialDate.of(2019)).build())
            .addCoChair(
                new CoChairTerm.Builder().addMembers("PHL", "AUS").asOf(PartialDate.of(2024)).build())
            .note(
                "Welcomed at the 6th Senior Officials' Meeting, 22 March 2016 (its established"
                    + " date here); first met in Manila, 23-24 April 2018. Co-chairs vary by year."
                    + " Reports to the Ad Hoc Group (16th AHG SOM statement).")
            .addSources(Sources.BALIPROCESS_TEG_RR, Sources.SEED)
            .build(),
        new Body.Builder()
            .id("TFPP")
            .kind(BodyKind.TASK_FORCE)
            .name("Task Force on Planning and Preparedness")
            .acronym("TFPP")
            .parent("AHG")
            .established(PartialDate.of(2016, 11, 16))
            .addCoChair(new CoChairTerm.Builder().addMembers("IDN", "AUS").build())
            .note(
                "Endorsed at the 11th AHG SOM, Colombo, 16 November 2016; first met in Bangkok, 27"
                    + " January 2017. Reports to the Ad Hoc Group (16th AHG SOM statement).")
            .addSources(Sources.TFPP_STATEMENT, Sources.RSO, Sources.SEED)
            .build(),
        new Body.Builder()
            .id("GABF")
            .kind(BodyKind.BUSINESS_FORUM)
            .name("Government and Business Forum")
            .acronym("GABF")
            // Decided in 2016, but the forum existed from its launch: a meeting of the GABF can be
            // no earlier than that.
            .established(PartialDate.of(2017, 8, 24))
            .addAliases("Bali Process Government and Business Forum")
            .note(
                "Decided at the 6th Ministerial Conference (2016); launched in Perth, 24-25 August"
                    + " 2017, the established date given here. Chaired by business co-chairs, who"
                    + " are not members, so no co-chair term is recorded. The sources do not say to"
                    + " which body it reports, so no parent is recorded.")
            .addSources(Sources.BALIPROCESS_GABF, Sources.BALIPROCESSBUSINESS, Sources.SEED)
            .build(),
        new Body.Builder()
            .id("RSO")
            .kind(BodyKind.SUPPORT_OFFICE)
            .name("Regional Support Office")
            .acronym("RSO")
            .established(PartialDate.of(2012))
            .addAliases("Bali Process Regional Support Office", "Regional Support Office of the Bali Process")
            .note(
                "In Bangkok; co-managed (not co-chaired) by Australia and Indonesia. The sources do"
                    + " not say to which body it reports, so no parent is recorded.")
            .addSources(Sources.RSO, Sources.SEED)
            .build(),
        new Body.Builder()
            .id("CONSULTATION-MECHANISM")
            .kind(BodyKind.CONSULTATION_MECHANISM)
            .name("Consultation Mechanism")
            .established(PartialDate.of(2016))
            .addCoChair(
                new CoChairTerm.Builder()
                    .addMembers("IDN", "AUS")
                    .asOf(PartialDate.of(2017, 10, 13))
                    .build())
            .addAliases("Bali Process Consultation Mechanism", "Consultative Mechanism")
            .note(
                "Decided at the 6th Ministerial Conference (2016); has no acronym. First met in"
                    + " Jakarta, 13 October 2017: the Steering Group members with Bangladesh and"
                    + " Myanmar, co-chaired by Indonesia and Australia. Re-activated in February"
                    + " 2023. It is convened by the co-chairs, and the sources name no body it"
                    + " reports to, so no parent is recorded.")
            .addSources(Sources.FM_2017_10_23, Sources.CONSULTATION_MECHANISM_2017, Sources.BPMC_8)
            .build());
  }

  // ---------------------------------------------------------------------------------------------
  // The Ministerial Conferences

  /** The meeting series: the Ministerial Conferences, then the senior officials' meetings the sources date. */
  private static List<Meeting> meetings() {
    List<Meeting> meetings = new ArrayList<>(ministerialConferences());
    meetings.addAll(seniorOfficialsMeetings());
    return List.copyOf(meetings);
  }

  /*
   * The AHG SOMs the sources date (reference facts, "Ad Hoc Group Senior Officials' Meetings found"):
   * the 1st-3rd, 5th, 6th, 10th, 13th and 15th were not found and are absent rather than guessed.
   * Co-chairs and participants are recorded only where a statement gives them (the 16th, the seed).
   * Plenary Senior Officials' Meetings have no convening body; only the 5th (1 April 2013) and the 6th
   * (22 March 2016) are dated by the sources, and their place is not given. Of the Steering Group's
   * meetings only the 17th Senior Officials Steering Group Meeting (5 December 2022, the seed) and the
   * ministerial meeting of Paris (21 February 2022) are dated.
   */
  private static List<Meeting> seniorOfficialsMeetings() {
    return List.of(
        ahgSom(4, PartialDate.of(2011, 3, 9), "Bali", "IDN"),
        ahgSom(7, PartialDate.of(2013, 3, 5), "Sydney", "AUS"),
        ahgSom(8, PartialDate.of(2014, 8, 6), "Canberra", "AUS"),
        ahgSom(9, PartialDate.of(2015, 5), "Wellington", "NZL"),
        ahgSom(11, PartialDate.of(2016, 11, 16), "Colombo", "LKA"),
        ahgSom(12, PartialDate.of(2017, 10, 31), "Kuala Lumpur", "MYS"),
        ahgSom(14, PartialDate.of(2019, 7, 23), "Da Nang", "VNM"),
        new Meeting.Builder()
            .from(ahgSom(16, PartialDate.of(2022, 12, 6), "Bali", "IDN"))
            .format(MeetingFormat.HYBRID)
            .addCoChairs("IDN", "AUS")
            .addSources(Sources.SEED)
            .build(),
        ahgSom(17, PartialDate.of(2024, 5, 3), "Kuala Lumpur", "MYS"),
        new Meeting.Builder()
            .id("som-5")
            .kind(MeetingKind.SENIOR_OFFICIALS_MEETING)
            .name("Fifth Senior Officials' Meeting")
            .ordinal(5)
            .date(PartialDate.of(2013, 4, 1))
            .level(MeetingLevel.SENIOR_OFFICIALS)
            .addSources(Sources.SOM_5_2013)
            .build(),
        new Meeting.Builder()
            .id("som-6")
            .kind(MeetingKind.SENIOR_OFFICIALS_MEETING)
            .name("Sixth Senior Officials' Meeting")
            .ordinal(6)
            .date(PartialDate.of(2016, 3, 22))
            .level(MeetingLevel.SENIOR_OFFICIALS)
            .addSources(Sources.BALIPROCESS_TEG_RR)
            .build(),
        new Meeting.Builder()
            .id("sg-som-17")
            .kind(MeetingKind.STEERING_GROUP_MEETING)
            .name("Bali Process Senior Officials Steering Group Meeting")
            .addConvenedBy("SG")
            .ordinal(17)
            // The day before the 16th AHG SOM it reported to, not a slip for 6 December.
            .date(PartialDate.of(2022, 12, 5))
            .level(MeetingLevel.SENIOR_OFFICIALS)
            .addSources(Sources.SEED)
            .build());
  }

  private static Meeting ahgSom(int ordinal, PartialDate date, String city, String country) {
    return new Meeting.Builder()
        .id("ahg-som-" + ordinal)
        .kind(MeetingKind.SENIOR_OFFICIALS_MEETING)
        .name("Ad Hoc Group Senior Officials' Meeting")
        .addConvenedBy("AHG")
        .ordinal(ordinal)
        .date(date)
        .place(Place.of(city, country))
        .level(MeetingLevel.SENIOR_OFFICIALS)
        .addSources(Sources.AHG_SOMS)
        .build();
  }

  private static List<Meeting> ministerialConferences() {
    return List.of(
        conference(1, PartialDate.of(2002, 2, 26), PartialDate.of(2002, 2, 28), "Bali", "IDN",
            Sources.BPMC_1, Sources.COCHAIRS_2002),
        conference(2, PartialDate.of(2003, 4, 28), PartialDate.of(2003, 4, 30), "Bali", "IDN",
            Sources.BPMC_2),
        conference(3, PartialDate.of(2009, 4, 14), PartialDate.of(2009, 4, 15), "Bali", "IDN",
            Sources.BPMC_3),
        conference(4, PartialDate.of(2011, 3, 30), null, "Bali", "IDN", Sources.BPMC_PAGES),
        conference(5, PartialDate.of(2013, 4, 2), null, "Bali", "IDN", Sources.BPMC_PAGES),
        conference(6, PartialDate.of(2016, 3, 23), null, "Bali", "IDN", Sources.BPMC_PAGES),
        conference(7, PartialDate.of(2018, 8, 7), null, "Bali", "IDN", Sources.BPMC_PAGES),
        conference(8, PartialDate.of(2023, 2, 10), null, "Adelaide", "AUS",
            Sources.BPMC_8, Sources.IOM_PAGE));
  }

  /*
   * Participants are left empty: the sources give the attendance of the first conference only, and
   * listing just the co-chairs would claim that no one else attended.
   */
  private static Meeting conference(
      int ordinal, PartialDate date, PartialDate endDate, String city, String country,
      Source... sources) {
    Meeting.Builder builder =
        new Meeting.Builder()
            .id("bpmc-" + ordinal)
            .kind(MeetingKind.MINISTERIAL_CONFERENCE)
            .addConvenedBy("BPMC")
            .ordinal(ordinal)
            .date(date)
            .place(Place.of(city, country))
            .addCoChairs("IDN", "AUS")
            .level(MeetingLevel.MINISTERIAL)
            .addSources(sources);
    if (endDate != null) {
      builder.endDate(endDate);
    }
    return builder.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Frameworks and priorities

  private static List<Framework> frameworks() {
    return List.of(strategy2018(), adelaideStrategy(), aaaRecommendations(), gabfWorkplan());
  }

  private static Framework strategy2018() {
    return new Framework.Builder()
        .id("soc-2018")
        .kind(FrameworkKind.STRATEGY)
        .name("2018 Strategy for Cooperation")
        .adoptedAt("bpmc-7")
        .adopted(PartialDate.of(2018, 8, 7))
        .superseded(PartialDate.of(2023, 2, 10))
        .supersededBy("adelaide-strategy-2023")
        .addPriorities(
            untitledSoc2018Priority(1),
            soc2018Priority(2, "Stakeholder engagement"),
            soc2018Priority(3, "Information sharing"),
            untitledSoc2018Priority(4),
            untitledSoc2018Priority(5),
            soc2018Priority(6, "Victim protection and migration management"),
            soc2018Priority(7, "Returns and reintegration"))
        .addAliases("Strategy for Cooperation", "Bali Process Strategy for Cooperation")
        .note(
            "Adopted at the 7th Ministerial Conference, 7 August 2018; replaced by the 2023 Adelaide"
                + " Strategy for Cooperation on 10 February 2023. The titles of Priorities One, Four"
                + " and Five were not found.")
        .addSources(Sources.BPMC_PAGES, Sources.BPMC_8, Sources.SEED)
        .build();
  }

  private static Priority soc2018Priority(int number, String title) {
    return new Priority.Builder()
        .id("soc-2018-priority-" + number)
        .number(number)
        .title(title)
        .addSource(Sources.SEED)
        .build();
  }

  private static Priority untitledSoc2018Priority(int number) {
    return new Priority.Builder()
        .id("soc-2018-priority-" + number)
        .number(number)
        .note(
            "Known by its number only: the 16th AHG SOM statement names Priorities Two, Three, Six"
                + " and Seven, so the Strategy has this priority, but its title was not found.")
        .addSource(Sources.SEED)
        .build();
  }

  private static Framework adelaideStrategy() {
    String[] areas = {
      "Law enforcement",
      "Stakeholder engagement",
      "Information sharing and public information campaigns",
      "Irregular Migration and Related Transnational Crime",
      "Border Management",
      "Victim Protection and Migration Management",
      "Returns and Reintegration",
      "Coordination and support",
    };
    Framework.Builder builder =
        new Framework.Builder()
            .id("adelaide-strategy-2023")
            .kind(FrameworkKind.STRATEGY)
            .name("2023 Adelaide Strategy for Cooperation")
            .adoptedAt("bpmc-8")
            .adopted(PartialDate.of(2023, 2, 10))
            .addAliases("Adelaide Strategy for Cooperation 2023", "Adelaide Strategy")
            .note("Eight areas of cooperation; endorsed at the 8th Ministerial Conference.")
            .addSources(Sources.BPMC_8, Sources.IOM_PAGE);
    for (int i = 0; i < areas.length; i++) {
      builder.addPriority(
          new Priority.Builder()
              .id("adelaide-strategy-2023-area-" + (i + 1))
              .number(i + 1)
              .title(areas[i])
              .addSources(Sources.BPMC_8, Sources.IOM_PAGE)
              .build());
    }
    return builder.build();
  }

  private static Framework aaaRecommendations() {
    return new Framework.Builder()
        .id("gabf-aaa-recommendations")
        .kind(FrameworkKind.RECOMMENDATIONS)
        .name("Acknowledge, Act and Advance")
        .owner("GABF")
        .adopted(PartialDate.of(2018, 8))
        .addPriorities(
            aaa("gabf-aaa-acknowledge", "Acknowledge"),
            aaa("gabf-aaa-act", "Act"),
            aaa("gabf-aaa-advance", "Advance"))
        // The seed's wording, so that a tool matching the statement's text finds this entry.
        .addAliases("AAA recommendations", "Acknowledge, Act, Achieve")
        .note(
            "The GABF's AAA recommendations, endorsed in August 2018; the sources do not say at"
                + " which meeting. Their official name is \"Acknowledge, Act and Advance\"; the 16th"
                + " AHG SOM statement writes \"AAA (Acknowledge, Act, Achieve)\", a variant kept"
                + " here as an alias, not as the name.")
        .addSources(
            Sources.BALIPROCESS_GABF, Sources.ID_FM_PRESS_2018, Sources.BALIPROCESSBUSINESS,
            Sources.SEED)
        .build();
  }

  private static Priority aaa(String id, String title) {
    return new Priority.Builder()
        .id(id)
        .title(title)
        .addSources(Sources.BALIPROCESS_GABF, Sources.BALIPROCESSBUSINESS)
        .build();
  }

  private static Framework gabfWorkplan() {
    return new Framework.Builder()
        .id("gabf-workplan")
        .kind(FrameworkKind.WORK_PLAN)
        .name("GABF workplan")
        .owner("GABF")
        .addPriorities(
            gabfPriority("gabf-ethical-employment", "Moving towards ethical employment"),
            gabfPriority("gabf-supply-chain-transparency", "Transparency of supply chains"),
            gabfPriority("gabf-safeguard-redress", "Safeguard and redress mechanisms"))
        .addAliases("Government and Business Forum workplan")
        .note(
            "Known from the 16th AHG SOM statement, which names it \"the GABF workplan\" and says"
                + " its key priorities were acknowledged by Ministers at the 2018 Ministerial"
                + " Conference. Its official title and adoption date were not found.")
        .addSource(Sources.SEED)
        .build();
  }

  private static Priority gabfPriority(String id, String title) {
    return new Priority.Builder()
        .id(id)
        .title(title)
        .note("A key priority as the 16th AHG SOM statement words it; the workplan does not number it.")
        .addSource(Sources.SEED)
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Instruments

  private static List<Instrument> instruments() {
    return List.of(
        new Instrument.Builder()
            .id("ministerial-declaration-2018")
            .kind(InstrumentKind.DECLARATION)
            .title("2018 Ministerial Declaration")
            .issuedBy("BPMC")
            .adoptedAt("bpmc-7")
            .date(PartialDate.of(2018, 8, 7))
            .addAliases("Ministerial Declaration")
            .note("Adopted at the 7th Ministerial Conference; the title is as statements cite it.")
            .addSources(Sources.BPMC_PAGES, Sources.SEED)
            .build(),
        new Instrument.Builder()
            .id("bali-declaration-2016")
            .kind(InstrumentKind.DECLARATION)
            .title("Bali Declaration")
            .issuedBy("BPMC")
            .adoptedAt("bpmc-6")
            .date(PartialDate.of(2016, 3, 23))
            .addAliases("2016 Ministerial Declaration")
            .note("Adopted at the 6th Ministerial Conference.")
            .addSources(Sources.BPMC_PAGES, Sources.BPMC_8)
            .build(),
        new Instrument.Builder()
            .id("regional-cooperation-framework-2011")
            .kind(InstrumentKind.OTHER)
            .title("Regional Cooperation Framework")
            .issuedBy("BPMC")
            .adoptedAt("bpmc-4")
            .date(PartialDate.of(2011, 3, 30))
            .note(
                "An outcome document of the 4th Ministerial Conference: a non-binding framework for"
                    + " cooperation on irregular movement. It gives no numbered priorities, so it is an"
                    + " instrument here, not a framework.")
            .addSources(Sources.BPMC_PAGES)
            .build());
  }

  // ---------------------------------------------------------------------------------------------

  /** The sources the register cites; addresses as reference/bali-process-facts.md gives them. */
  static final class Sources {
    private Sources() {}

    static final Source ABOUT =
        source("baliprocess.net, About the Bali Process (2019 or later)",
            "https://www.baliprocess.net/", null);
    static final Source FM_PRESS_2023 =
        source("Australian Foreign Minister, press conference, Adelaide (\"45 member governments\")",
            "https://www.foreignminister.gov.au/", PartialDate.of(2023, 2, 10));
    static final Source VIETNAMPLUS_2019 =
        source("vietnamplus.vn (\"49 members, including the UNHCR, the IOM, the UNODC and the ILO\")",
            "https://www.vietnamplus.vn/", PartialDate.of(2019, 7, 23));
    static final Source COCHAIRS_2002 =
        source("Co-Chairs' Statement, Bali Ministerial Conference on People Smuggling, Trafficking"
                + " in Persons and Related Transnational Crime, 2002 (usinfo.org copy)",
            "https://usinfo.org/usia/usinfo.state.gov/regional/ea/chinaaliens/balistatement.htm",
            PartialDate.of(2002, 2, 28));
    static final Source BPMC_1 =
        source("baliprocess.net, First Ministerial Conference",
            "https://baliprocess.net/event/regional-ministerial-conference-people-smuggling-trafficking-in-persons-and-related-transnational-crime/",
            null);
    static final Source BPMC_2 =
        source("baliprocess.net, Second Ministerial Conference",
            "https://www.baliprocess.net/event/second-regional-ministerial-conference/", null);
    static final Source BPMC_3 =
        source("baliprocess.net, Third Ministerial Conference",
            "https://www.baliprocess.net/event/third-regional-ministerial/", null);
    static final Source BPMC_PAGES =
        source("baliprocess.net, event pages of the Ministerial Conferences",
            "https://www.baliprocess.net/", null);
    static final Source BPMC_8 =
        source("baliprocess.net, Eighth Ministerial Conference",
            "https://baliprocess.net/event/sample-event/", null);
    static final Source IOM_PAGE =
        source("iom.int, The Bali Process on People Smuggling, Trafficking in Persons and Related"
                + " Transnational Crime",
            "https://iom.int/bali-process-people-smuggling-trafficking-persons-and-related-transnational-crime",
            null);
    static final Source SOM_5_2013 =
        source("baliprocess.net, Fifth Senior Officials' Meeting", "https://www.baliprocess.net/",
            PartialDate.of(2013, 4, 1));
    static final Source AHG_PAGE =
        source("baliprocess.net, Ad Hoc Group", "https://www.baliprocess.net/ad-hoc-group", null);
    static final Source BALIPROCESS_WG_TIP =
        source("baliprocess.net, Working Group on Trafficking in Persons",
            "https://www.baliprocess.net/", null);
    static final Source BALIPROCESS_WG_D =
        source("baliprocess.net, Working Group on the Disruption of People Smuggling and"
                + " Trafficking in Persons Networks",
            "https://www.baliprocess.net/", null);
    static final Source BALIPROCESS_TEG_RR =
        source("baliprocess.net, Technical Experts Group on Returns and Reintegration",
            "https://www.baliprocess.net/", null);
    static final Source BALIPROCESS_GABF =
        source("baliprocess.net, Government and Business Forum pages",
            "https://www.baliprocess.net/", null);
    static final Source BALIPROCESSBUSINESS =
        source("baliprocessbusiness.org, Bali Process Government and Business Forum",
            "https://www.baliprocessbusiness.org/", null);
    static final Source ID_FM_PRESS_2018 =
        source("Indonesian Foreign Minister, press conference on the Government and Business Forum",
            null, PartialDate.of(2018));
    static final Source REPUBLIKA_2013 =
        source("republika.co.id, on the Bali Process Steering Group", "https://www.republika.co.id/",
            PartialDate.of(2013));
    static final Source FM_2017_10_13 =
        source("foreignminister.gov.au, media release of 13 October 2017",
            "https://www.foreignminister.gov.au/", PartialDate.of(2017, 10, 13));
    static final Source FM_2017_10_23 =
        source("foreignminister.gov.au, Joint Statement by the Foreign Ministers of Australia and"
                + " Indonesia on the first meeting of the Bali Process Consultation Mechanism held on"
                + " 13 October 2017, Jakarta, Indonesia",
            "https://www.foreignminister.gov.au/minister/julie-bishop/media-release/joint-statement-foreign-ministers-australia-and-indonesia-first-meeting-bali-process-consultation-mechanism-held-13-october-2017-jakarta-indonesia",
            PartialDate.of(2017, 10, 23));
    static final Source CONSULTATION_MECHANISM_2017 =
        source("baliprocess.net, First Activation of the Consultation Mechanism",
            "https://baliprocess.net/event/first-activation-of-the-consultation-mechanism/", null);
    static final Source RSO =
        source("rso.baliprocess.net, Regional Support Office of the Bali Process",
            "https://rso.baliprocess.net/", null);
    static final Source RSO_2024 =
        source("rso.baliprocess.net, Bali Process Steering Group", "https://rso.baliprocess.net/",
            PartialDate.of(2024, 5));
    static final Source TFPP_STATEMENT =
        source("Statement of the Task Force on Planning and Preparedness (docslib copy)",
            "https://docslib.org/", null);
    static final Source AHG_SOMS =
        source("baliprocess.net, event pages of the Ad Hoc Group Senior Officials' Meetings",
            "https://www.baliprocess.net/ad-hoc-group", null);
    static final Source SOM_12_ATTENDANCE =
        source("Co-Chairs' Statement, 12th Ad Hoc Group Senior Officials' Meeting, Kuala Lumpur,"
                + " 31 October 2017 (list of participants)",
            null, PartialDate.of(2017, 10, 31));
    static final Source SEED =
        source("Co-Chairs' Statement, 16th Ad Hoc Group Senior Officials' Meeting of the Bali"
                + " Process, Bali, 6 December 2022",
            null, PartialDate.of(2022, 12, 6));

    static final List<Source> ALL =
        List.of(
            ABOUT, FM_PRESS_2023, VIETNAMPLUS_2019, COCHAIRS_2002, BPMC_1, BPMC_2, BPMC_3,
            BPMC_PAGES, BPMC_8, IOM_PAGE, SOM_5_2013, AHG_PAGE, BALIPROCESS_WG_TIP,
            BALIPROCESS_WG_D, BALIPROCESS_TEG_RR, BALIPROCESS_GABF, BALIPROCESSBUSINESS,
            ID_FM_PRESS_2018, REPUBLIKA_2013, FM_2017_10_13, FM_2017_10_23,
            CONSULTATION_MECHANISM_2017, RSO, RSO_2024, TFPP_STATEMENT, AHG_SOMS, SOM_12_ATTENDANCE, SEED);

    private static Source source(String title, String url, PartialDate published) {
      Source.Builder builder = new Source.Builder().title(title);
      if (url != null) {
        builder.url(url);
      }
      if (published != null) {
        builder.published(published);
      }
      return builder.build();
    }
  }
}
