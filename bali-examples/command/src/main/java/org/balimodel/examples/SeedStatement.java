package org.balimodel.examples;

import java.util.List;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Actor.Group;
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
import org.balimodel.core.model.MeetingRelation;
import org.balimodel.core.model.NameVariant;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Participant;
import org.balimodel.core.model.Partner;
import org.balimodel.core.model.PartnerKind;
import org.balimodel.core.model.Place;
import org.balimodel.core.model.References;
import org.balimodel.core.model.RelatedMeeting;
import org.balimodel.core.model.Section;
import org.balimodel.core.model.Source;
import org.balimodel.core.model.Statement;
import org.balimodel.core.model.StatementKind;

/**
 * The Co-Chairs' Statement of the 16th Ad Hoc Group Senior Officials' Meeting of the Bali Process
 * (Bali, 6 December 2022), built in full with the model's builders: the worked example of the API.
 *
 * <p>Everything the statement says is here as typed data: the meeting and its 16 participants,
 * every section and every paragraph verbatim, every act of the meeting as a {@link Decision}, every
 * forward-looking item as a {@link Commitment}, and every meeting, document, piece of work and
 * outside organisation the text names as an entity of the statement. Members, bodies, frameworks,
 * the ministerial conferences and the 2018 Ministerial Declaration are referred to by their
 * register identifiers (see {@code Register.baliProcess()}).
 *
 * <p>How the text was read, so that the data can be checked against it:
 *
 * <ul>
 *   <li>Text is kept verbatim, including the statement's own slips ("the WG-TIPs intention",
 *       "took note the discussion", "the Smuggling of Migrant's Protocol"). The one change is
 *       typographic: the printed superscript in "16<sup>th</sup>" is the plain "16th" here, in the
 *       masthead and in the last paragraph of "Preparations for BPMC 2023". {@link
 *       org.balimodel.examples.render.MarkdownRenderer} prints the ordinal of the statement's own
 *       meeting as a superscript again, so the rendered statement matches the printed one.
 *   <li>Headings are kept without their bold and italic markup.
 *   <li>One decision per sentence whose subject is an actor ("The meeting", "Members of the AHG",
 *       "The RSO", "They"). A second verb joined to the same subject ("… and acknowledged the
 *       emerging trends") stays inside that decision's clause. A clause begins with its subject,
 *       so the text before the subject ("Noting the 20-year anniversary …,") is left out of it.
 *   <li>"They", after "The meeting also welcomed …" or after the co-chairs' briefing of the Ad
 *       Hoc Group, is read as the meeting.
 *   <li>A commitment's status follows the statement's wording: "intention" is {@link
 *       CommitmentStatus#INTENDED}, "plans" {@link CommitmentStatus#PLANNED}, "proposed" {@link
 *       CommitmentStatus#PROPOSED}, "ongoing commitment" and a continuing role {@link
 *       CommitmentStatus#ONGOING}. A due date is given only where the statement gives one.
 *   <li>The 17th Senior Officials Steering Group Meeting of 5 December 2022 is the day before
 *       this meeting: an earlier meeting that reported to it, not a slip for 6 December.
 *   <li>The statement writes the GABF's recommendations as "AAA (Acknowledge, Act, Achieve)"; the
 *       GABF's own name for them is "Acknowledge, Act and Advance". The paragraph keeps the
 *       statement's words and a {@link NameVariant} records the difference.
 * </ul>
 */
public final class SeedStatement {

  /** The identifier of the statement. */
  public static final String ID = "ahg-som-16-co-chairs-statement";

  /** The identifier of the meeting the statement records. */
  public static final String MEETING_ID = "ahg-som-16";

  private static final Statement STATEMENT = build();

  private SeedStatement() {}

  /** The statement, built once; it is immutable, so every caller may share it. */
  public static Statement statement() {
    return STATEMENT;
  }

  private static Statement build() {
    return new Statement.Builder()
        .id(ID)
        .kind(StatementKind.CO_CHAIRS_STATEMENT)
        .addMasthead(
            "The Bali Process",
            "on People Smuggling, Trafficking in Persons and Related Transnational Crime",
            "16th Ad Hoc Group Senior Officials' Meeting",
            "6 December 2022")
        .title("Co-Chairs' Statement")
        .date(PartialDate.of(2022, 12, 6))
        .meeting(meeting())
        .addSections(
            opening(),
            currentChallenges(),
            steeringGroupMeeting(),
            workingGroupUpdates(),
            regionalSupportOffice(),
            aseanChairBriefing(),
            ministerialConferencePreparations(),
            participation())
        .entities(entities())
        .addNameVariant(
            new NameVariant.Builder()
                .entity("gabf-aaa-recommendations")
                .asWritten("AAA (Acknowledge, Act, Achieve)")
                .note(
                    "The GABF's own publications name the recommendations \"Acknowledge, Act and "
                        + "Advance\"; the statement writes \"Achieve\" where they write "
                        + "\"Advance\".")
                .build())
        .source(
            Source.of(
                "Co-Chairs' Statement, 16th Ad Hoc Group Senior Officials' Meeting of the Bali "
                    + "Process, Bali, 6 December 2022"))
        .build();
  }

  /** The meeting: who convened it, when and where, in what format, and who attended. */
  private static Meeting meeting() {
    Meeting.Builder meeting =
        new Meeting.Builder()
            .id(MEETING_ID)
            .kind(MeetingKind.SENIOR_OFFICIALS_MEETING)
            .addConvenedBy("AHG")
            .ordinal(16)
            .date(PartialDate.of(2022, 12, 6))
            .place(Place.of("Bali", "IDN"))
            .format(MeetingFormat.HYBRID)
            .addCoChairs("IDN", "AUS");
    // In the order of the statement's attendance list: 13 states, then 3 organisations.
    for (String member :
        List.of(
            "AUS", "BGD", "IDN", "MYS", "MDV", "NZL", "PAK", "PHL", "LKA", "ARE", "THA", "USA",
            "VNM", "IOM", "UNHCR", "UNODC")) {
      meeting.addParticipant(Participant.member(member));
    }
    return meeting.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Sections, in reading order. Paragraphs are numbered 1 to 29 through the whole statement.
  // ---------------------------------------------------------------------------------------------

  private static Section opening() {
    return new Section.Builder()
        .heading("Opening")
        .addParagraph(
            paragraph(
                1,
                "The sixteenth Ad Hoc Group Senior Officials' Meeting (AHG SOM) of the Bali "
                    + "Process on People Smuggling, Trafficking in Persons and Related "
                    + "Transnational Crime (Bali Process), was co-chaired by Indonesia and "
                    + "Australia in Bali, Indonesia on 6 December 2022, in hybrid format."))
        .addParagraph(
            paragraph(
                2,
                "Noting the 20-year anniversary of the Bali Process, members reflected on the "
                    + "importance of the Bali Process as the premier regional forum for policy "
                    + "dialogue, information sharing and practical cooperation to address the "
                    + "challenges of people smuggling, trafficking in persons and related "
                    + "transnational crime.",
                // The participle is an act of the members too: they noted the anniversary of the
                // forum, which the register holds as an entity (BALI-PROCESS, founded 2002).
                decision(
                    Group.MEMBERS,
                    OperativeVerb.NOTED,
                    "Noting the 20-year anniversary of the Bali Process",
                    refs().addBody("BALI-PROCESS").build()),
                decision(
                    Group.MEMBERS,
                    OperativeVerb.REFLECTED,
                    "members reflected on the importance of the Bali Process as the premier "
                        + "regional forum for policy dialogue, information sharing and practical "
                        + "cooperation to address the challenges of people smuggling, "
                        + "trafficking in persons and related transnational crime.",
                    refs().addBody("BALI-PROCESS").build())))
        .build();
  }

  private static Section currentChallenges() {
    return new Section.Builder()
        .heading(
            "Addressing the Current Challenges arising from developments in the region, the "
                + "COVID-19 pandemic, and misuse of ICT")
        .addParagraph(
            paragraph(
                3,
                "Members discussed progress against priorities outlined in the 2018 Ministerial "
                    + "Declaration and 2018 Strategy for Cooperation. Members recalled the "
                    + "Ministerial Steering Group meeting in Paris, February 2022, which "
                    + "expressed deep concern about the growing scale and complexity of "
                    + "irregular migration in the region due to the impact of Covid-19, and "
                    + "other regional developments.",
                decision(
                    Group.MEMBERS,
                    OperativeVerb.DISCUSSED,
                    "Members discussed progress against priorities outlined in the 2018 "
                        + "Ministerial Declaration and 2018 Strategy for Cooperation.",
                    refs()
                        .addInstrument("ministerial-declaration-2018")
                        .addFramework("soc-2018")
                        .build()),
                decision(
                    Group.MEMBERS,
                    OperativeVerb.RECALLED,
                    "Members recalled the Ministerial Steering Group meeting in Paris, February "
                        + "2022, which expressed deep concern about the growing scale and "
                        + "complexity of irregular migration in the region due to the impact of "
                        + "Covid-19, and other regional developments.",
                    refs().addBody("SG").addMeeting("sg-ministerial-2022").build())))
        .addParagraph(
            paragraph(
                4,
                "The meeting recognised the continuing impacts of the COVID-19 pandemic on "
                    + "social, economic and health situations globally, including in Bali "
                    + "Process member countries. Members reflected on lessons learnt from the "
                    + "pandemic, including the importance of collaboration in identification, "
                    + "information sharing and response, and the vulnerabilities of women, "
                    + "children and migrant workers in a pandemic situation. Members noted the "
                    + "need to incorporate, as appropriate, the lessons from the COVID-19 "
                    + "pandemic into the forward plan of the Bali Process.",
                decision(
                    Group.MEETING,
                    OperativeVerb.RECOGNISED,
                    "The meeting recognised the continuing impacts of the COVID-19 pandemic on "
                        + "social, economic and health situations globally, including in Bali "
                        + "Process member countries.",
                    References.none()),
                decision(
                    Group.MEMBERS,
                    OperativeVerb.REFLECTED,
                    "Members reflected on lessons learnt from the pandemic, including the "
                        + "importance of collaboration in identification, information sharing "
                        + "and response, and the vulnerabilities of women, children and migrant "
                        + "workers in a pandemic situation.",
                    References.none()),
                decision(
                    Group.MEMBERS,
                    OperativeVerb.NOTED,
                    "Members noted the need to incorporate, as appropriate, the lessons from the "
                        + "COVID-19 pandemic into the forward plan of the Bali Process.",
                    References.none())))
        .addParagraph(
            paragraph(
                5,
                "Members discussed the changes in patterns of human trafficking and people "
                    + "smuggling that have emerged during the COVID-19 pandemic, in particular "
                    + "the increased use of technology as a means to recruit and exploit "
                    + "victims.",
                decision(
                    Group.MEMBERS,
                    OperativeVerb.DISCUSSED,
                    "Members discussed the changes in patterns of human trafficking and people "
                        + "smuggling that have emerged during the COVID-19 pandemic, in "
                        + "particular the increased use of technology as a means to recruit and "
                        + "exploit victims.",
                    References.none())))
        .addParagraph(
            paragraph(
                6,
                "Co-chairs appreciated the ability of the Bali Process to adapt to the changing "
                    + "landscape, including through the use of technology to continue "
                    + "collaborating despite travel restrictions during this period. The meeting "
                    + "affirmed the value of continuing virtual and hybrid meetings, where "
                    + "appropriate, as well as in-person meetings when possible.",
                decision(
                    Group.CO_CHAIRS,
                    OperativeVerb.APPRECIATED,
                    "Co-chairs appreciated the ability of the Bali Process to adapt to the "
                        + "changing landscape, including through the use of technology to "
                        + "continue collaborating despite travel restrictions during this "
                        + "period.",
                    References.none()),
                decision(
                    Group.MEETING,
                    OperativeVerb.AFFIRMED,
                    "The meeting affirmed the value of continuing virtual and hybrid meetings, "
                        + "where appropriate, as well as in-person meetings when possible.",
                    References.none())))
        .build();
  }

  private static Section steeringGroupMeeting() {
    return new Section.Builder()
        .heading("Steering Group Meeting")
        .addParagraph(
            paragraph(
                7,
                "Co-chairs briefed the Ad Hoc Group on the report from the 17th Bali Process "
                    + "Senior Officials Steering Group Meeting held on 5 December 2022. They "
                    + "discussed current and emerging trends and challenges in the region. The "
                    + "role of technology, both as a tool to exploit the vulnerable, and as a "
                    + "mechanism to deter, detect and protect formed a theme throughout all the "
                    + "discussions.",
                decision(
                    Group.CO_CHAIRS,
                    OperativeVerb.BRIEFED,
                    "Co-chairs briefed the Ad Hoc Group on the report from the 17th Bali Process "
                        + "Senior Officials Steering Group Meeting held on 5 December 2022.",
                    refs()
                        .addBodies("AHG", "SG")
                        .addMeeting("sg-som-17")
                        .addInstrument("sg-som-17-report")
                        .build()),
                decision(
                    Group.MEETING,
                    OperativeVerb.DISCUSSED,
                    "They discussed current and emerging trends and challenges in the region.",
                    References.none())))
        .build();
  }

  private static Section workingGroupUpdates() {
    return new Section.Builder()
        .heading("Working Group Updates")
        .addSubsections(
            traffickingInPersons(),
            disruption(),
            returnsAndReintegration(),
            planningAndPreparedness(),
            governmentAndBusinessForum())
        .build();
  }

  private static Section traffickingInPersons() {
    return new Section.Builder()
        .heading("Working Group on Trafficking in Persons")
        .addParagraph(
            paragraph(
                8,
                "The meeting reviewed the report from the Working Group on Trafficking in Persons "
                    + "(WG-TIP), commending its activities including its Regional Webinar on the "
                    + "use of Technology in Trafficking, and acknowledged the emerging trends "
                    + "identified through its activities. The meeting welcomed plans to further "
                    + "strengthen collaboration with ASEAN on trafficking in persons and other "
                    + "related transnational crimes.",
                // One sentence, three operative verbs: reviewed, commending, acknowledged.
                decision(
                    Group.MEETING,
                    OperativeVerb.REVIEWED,
                    "The meeting reviewed the report from the Working Group on Trafficking in "
                        + "Persons (WG-TIP)",
                    refs().addBody("WG-TIP").addInstrument("wg-tip-report").build()),
                decision(
                    Group.MEETING,
                    OperativeVerb.COMMENDED,
                    "commending its activities including its Regional Webinar on the use of "
                        + "Technology in Trafficking",
                    refs()
                        .addBody("WG-TIP")
                        .addMeeting("wg-tip-webinar-technology-in-trafficking")
                        .build()),
                decision(
                    Group.MEETING,
                    OperativeVerb.ACKNOWLEDGED,
                    "acknowledged the emerging trends identified through its activities.",
                    refs().addBody("WG-TIP").build()),
                // Whose plans the sentence does not say; it stands in the WG-TIP's section,
                // after its report, so the WG-TIP owns the commitment.
                decision(
                    Group.MEETING,
                    OperativeVerb.WELCOMED,
                    "The meeting welcomed plans to further strengthen collaboration with ASEAN on "
                        + "trafficking in persons and other related transnational crimes.",
                    refs().addBody("WG-TIP").addPartner("ASEAN").build(),
                    commitment(
                        List.of("WG-TIP"),
                        "further strengthen collaboration with ASEAN on trafficking in persons "
                            + "and other related transnational crimes",
                        CommitmentStatus.PLANNED,
                        refs().addPartner("ASEAN").build()))))
        .addParagraph(
            paragraph(
                9,
                "The meeting noted the WG-TIP's forward work plan and welcomed its progress "
                    + "towards the 2018 Strategy for Cooperation, including but not limited to, "
                    + "the Strategy's Priority Two, \"Stakeholder engagement\", Priority Six, "
                    + "\"Victim protection and migration management\", Priority Three, "
                    + "\"Information sharing\", and Priority Seven, \"Returns and "
                    + "reintegration\".",
                decision(
                    Group.MEETING,
                    OperativeVerb.NOTED,
                    "The meeting noted the WG-TIP's forward work plan",
                    refs().addBody("WG-TIP").addInstrument("wg-tip-forward-work-plan").build()),
                decision(
                    Group.MEETING,
                    OperativeVerb.WELCOMED,
                    "welcomed its progress towards the 2018 Strategy for Cooperation, including but "
                        + "not limited to, the Strategy's Priority Two, \"Stakeholder engagement\", "
                        + "Priority Six, \"Victim protection and migration management\", Priority "
                        + "Three, \"Information sharing\", and Priority Seven, \"Returns and "
                        + "reintegration\".",
                    refs()
                        .addBody("WG-TIP")
                        .addFramework("soc-2018")
                        // In the statement's order: Two, Six, Three, Seven.
                        .addPriorities(
                            "soc-2018-priority-2",
                            "soc-2018-priority-6",
                            "soc-2018-priority-3",
                            "soc-2018-priority-7")
                        .build())))
        .addParagraph(
            paragraph(
                10,
                "Some participants raised the issues of increased collaboration with technology "
                    + "platform providers, together with the Government and Business Forum, to "
                    + "identify possible ways and means to address trafficking risks in online "
                    + "spaces.",
                decision(
                    Group.SOME_PARTICIPANTS,
                    OperativeVerb.RAISED,
                    "Some participants raised the issues of increased collaboration with "
                        + "technology platform providers, together with the Government and "
                        + "Business Forum, to identify possible ways and means to address "
                        + "trafficking risks in online spaces.",
                    refs().addBody("GABF").build())))
        .addParagraph(
            paragraph(
                11,
                "The meeting was briefed on the WG-TIPs intention to research different "
                    + "legislative approaches to the links between forced marriage and "
                    + "trafficking in persons used across the Asia-Pacific region. The meeting "
                    + "also welcomed plans by the WG-TIP to work alongside the Bali Process "
                    + "Regional Support Office (RSO) to encourage members to launch public "
                    + "information campaigns on social media to raise awareness about how to "
                    + "avoid the dangers of trafficking and how to seek support and protection.",
                decision(
                    Group.MEETING,
                    OperativeVerb.WAS_BRIEFED,
                    "The meeting was briefed on the WG-TIPs intention to research different "
                        + "legislative approaches to the links between forced marriage and "
                        + "trafficking in persons used across the Asia-Pacific region.",
                    refs().addBody("WG-TIP").build(),
                    commitment(
                        List.of("WG-TIP"),
                        "research different legislative approaches to the links between forced "
                            + "marriage and trafficking in persons used across the Asia-Pacific "
                            + "region",
                        CommitmentStatus.INTENDED,
                        References.none())),
                decision(
                    Group.MEETING,
                    OperativeVerb.WELCOMED,
                    "The meeting also welcomed plans by the WG-TIP to work alongside the Bali "
                        + "Process Regional Support Office (RSO) to encourage members to launch "
                        + "public information campaigns on social media to raise awareness about "
                        + "how to avoid the dangers of trafficking and how to seek support and "
                        + "protection.",
                    refs().addBodies("WG-TIP", "RSO").build(),
                    commitment(
                        List.of("WG-TIP", "RSO"),
                        "work alongside the Bali Process Regional Support Office (RSO) to "
                            + "encourage members to launch public information campaigns on "
                            + "social media to raise awareness about how to avoid the dangers of "
                            + "trafficking and how to seek support and protection",
                        CommitmentStatus.PLANNED,
                        References.none()))))
        .build();
  }

  private static Section disruption() {
    return new Section.Builder()
        .heading(
            "Working Group on the Disruption of People Smuggling and Trafficking in Persons Networks")
        .addParagraph(
            paragraph(
                12,
                "The meeting noted updates from the Annual Meeting of the Working Group on the "
                    + "Disruption of People Smuggling and Trafficking in Persons Networks (WG-D) "
                    + "held in Bangkok in October 2022, which included sessions on "
                    + "trauma-informed investigations and use of open-source information. The "
                    + "meeting welcomed the intention of the WG-D to initiate another Joint "
                    + "Period of Action in 2023 to disrupt people smuggling and trafficking in "
                    + "persons networks, building on the successes of Joint Periods of Action in "
                    + "2018 and 2019, which involved work on joint investigations and resulted "
                    + "in enhanced information about criminal syndicates and arrests.",
                decision(
                    Group.MEETING,
                    OperativeVerb.NOTED,
                    "The meeting noted updates from the Annual Meeting of the Working Group on "
                        + "the Disruption of People Smuggling and Trafficking in Persons "
                        + "Networks (WG-D) held in Bangkok in October 2022, which included "
                        + "sessions on trauma-informed investigations and use of open-source "
                        + "information.",
                    refs().addBody("WG-D").addMeeting("wg-d-annual-meeting-2022").build()),
                new Decision.Builder()
                    .actor(Actor.meeting())
                    .verb(OperativeVerb.WELCOMED)
                    .clause(
                        "The meeting welcomed the intention of the WG-D to initiate another Joint "
                            + "Period of Action in 2023 to disrupt people smuggling and "
                            + "trafficking in persons networks, building on the successes of "
                            + "Joint Periods of Action in 2018 and 2019, which involved work on "
                            + "joint investigations and resulted in enhanced information about "
                            + "criminal syndicates and arrests.")
                    .refersTo(
                        refs()
                            .addBody("WG-D")
                            .addInitiatives(
                                "wg-d-joint-period-of-action-2018",
                                "wg-d-joint-period-of-action-2019")
                            .build())
                    .addCommitment(
                        new Commitment.Builder()
                            .addOwner("WG-D")
                            .what(
                                "initiate another Joint Period of Action to disrupt people "
                                    + "smuggling and trafficking in persons networks")
                            .due(PartialDate.of(2023))
                            .status(CommitmentStatus.INTENDED)
                            .refersTo(
                                refs().addInitiative("wg-d-joint-period-of-action-2023").build())
                            .build())
                    .build()))
        .addParagraph(
            paragraph(
                13,
                "The meeting also welcomed the briefing on the table-top exercise conducted "
                    + "jointly by the WG-D and TFPP, and held back-to-back with the WG-D Annual "
                    + "Meeting in Bangkok in October 2022 \u2013 an example of the benefit of "
                    + "streamlining the way in which Bali Process activities are conducted. They "
                    + "noted the value of the WG-D-led sessions at the table-top exercise on "
                    + "what would constitute an effective law enforcement investigation into a "
                    + "large-scale irregular movement of people involving both people smuggling "
                    + "and human trafficking, including decision-making around prosecution and "
                    + "digital evidence gathering.",
                decision(
                    Group.MEETING,
                    OperativeVerb.WELCOMED,
                    "The meeting also welcomed the briefing on the table-top exercise conducted "
                        + "jointly by the WG-D and TFPP, and held back-to-back with the WG-D "
                        + "Annual Meeting in Bangkok in October 2022 \u2013 an example of the "
                        + "benefit of streamlining the way in which Bali Process activities are "
                        + "conducted.",
                    refs()
                        .addBodies("WG-D", "TFPP")
                        .addMeetings(
                            "wg-d-tfpp-table-top-exercise-2022", "wg-d-annual-meeting-2022")
                        .build()),
                decision(
                    Group.MEETING,
                    OperativeVerb.NOTED,
                    "They noted the value of the WG-D-led sessions at the table-top exercise on "
                        + "what would constitute an effective law enforcement investigation into "
                        + "a large-scale irregular movement of people involving both people "
                        + "smuggling and human trafficking, including decision-making around "
                        + "prosecution and digital evidence gathering.",
                    refs()
                        .addBody("WG-D")
                        .addMeeting("wg-d-tfpp-table-top-exercise-2022")
                        .build())))
        .build();
  }

  private static Section returnsAndReintegration() {
    return new Section.Builder()
        .heading("Technical Experts Group on Returns and Reintegration")
        .addParagraph(
            paragraph(
                14,
                "The meeting welcomed the report from the annual meeting of the Technical Experts "
                    + "Group on Returns and Reintegration (TEG-RR) and noted its work to share "
                    + "good practice in sustainable returns and reintegration.",
                decision(
                    Group.MEETING,
                    OperativeVerb.WELCOMED,
                    "The meeting welcomed the report from the annual meeting of the Technical "
                        + "Experts Group on Returns and Reintegration (TEG-RR)",
                    refs()
                        .addBody("TEG-RR")
                        .addMeeting("teg-rr-annual-meeting")
                        .addInstrument("teg-rr-report")
                        .build()),
                decision(
                    Group.MEETING,
                    OperativeVerb.NOTED,
                    "noted its work to share good practice in sustainable returns and "
                        + "reintegration.",
                    refs().addBody("TEG-RR").build())))
        .addParagraph(
            paragraph(
                15,
                "The meeting took note of interest among TEG-RR members to continue cooperating "
                    + "on developing and strengthening national policies and procedures around "
                    + "return and reintegration, including preparedness for large-scale returns, "
                    + "which posed challenges during the pandemic, and facilitating access to "
                    + "services and livelihoods to improve sustainability and durability of "
                    + "returns. Members welcomed plans for further collaboration with the WG-TIP "
                    + "on the nexus between returns, the criminal justice process for those "
                    + "accused of people smuggling and trafficking, and protection of the "
                    + "interests of victims. The meeting welcomed the intention of the Working "
                    + "Group to update the Bali Process Policy Guide on Returns and "
                    + "Reintegration.",
                decision(
                    Group.MEETING,
                    OperativeVerb.TOOK_NOTE,
                    "The meeting took note of interest among TEG-RR members to continue "
                        + "cooperating on developing and strengthening national policies and "
                        + "procedures around return and reintegration, including preparedness "
                        + "for large-scale returns, which posed challenges during the pandemic, "
                        + "and facilitating access to services and livelihoods to improve "
                        + "sustainability and durability of returns.",
                    refs().addBody("TEG-RR").build()),
                decision(
                    Group.MEMBERS,
                    OperativeVerb.WELCOMED,
                    "Members welcomed plans for further collaboration with the WG-TIP on the "
                        + "nexus between returns, the criminal justice process for those accused "
                        + "of people smuggling and trafficking, and protection of the interests "
                        + "of victims.",
                    refs().addBodies("TEG-RR", "WG-TIP").build(),
                    commitment(
                        List.of("TEG-RR", "WG-TIP"),
                        "further collaboration with the WG-TIP on the nexus between returns, the "
                            + "criminal justice process for those accused of people smuggling "
                            + "and trafficking, and protection of the interests of victims",
                        CommitmentStatus.PLANNED,
                        References.none())),
                // "the Working Group" of the TEG-RR's section is the TEG-RR.
                decision(
                    Group.MEETING,
                    OperativeVerb.WELCOMED,
                    "The meeting welcomed the intention of the Working Group to update the Bali "
                        + "Process Policy Guide on Returns and Reintegration.",
                    refs()
                        .addBody("TEG-RR")
                        .addInstrument("policy-guide-returns-reintegration")
                        .build(),
                    commitment(
                        List.of("TEG-RR"),
                        "update the Bali Process Policy Guide on Returns and Reintegration",
                        CommitmentStatus.INTENDED,
                        refs().addInstrument("policy-guide-returns-reintegration").build()))))
        .build();
  }

  private static Section planningAndPreparedness() {
    return new Section.Builder()
        .heading("Task Force on Planning and Preparedness")
        .addParagraph(
            paragraph(
                16,
                "The meeting commended the work of the Task Force on Planning and Preparedness "
                    + "(TFPP) presented in its report. This included virtual Policy Expert "
                    + "Gatherings (PEGs) focused on the impact of COVID-19 and health "
                    + "considerations related to people smuggling and human trafficking, and on "
                    + "the particular vulnerabilities of women and children. The PEGs, which "
                    + "were designed to respond in an agile way to emerging issues and trends "
                    + "over the COVID-19 period, brought together experts and civil society "
                    + "representatives to enhance Bali Process partnerships and include broader "
                    + "perspectives and experiences.",
                decision(
                    Group.MEETING,
                    OperativeVerb.COMMENDED,
                    "The meeting commended the work of the Task Force on Planning and "
                        + "Preparedness (TFPP) presented in its report.",
                    refs()
                        .addBody("TFPP")
                        .addInstrument("tfpp-report")
                        .addMeeting("tfpp-policy-expert-gatherings")
                        .build())))
        .addParagraph(
            paragraph(
                17,
                "Members welcomed the collaboration between the TFPP and WG-D in holding a joint "
                    + "table-top exercise aimed at improving national and regional preparation "
                    + "for large-scale irregular movement by land, involving elements of both "
                    + "human trafficking and people smuggling, and migrants with a range of "
                    + "protection needs. The exercise demonstrated the value in building links "
                    + "between the different working groups of the Bali Process to achieve "
                    + "priorities identified in the 2018 Strategy for Cooperation.",
                decision(
                    Group.MEMBERS,
                    OperativeVerb.WELCOMED,
                    "Members welcomed the collaboration between the TFPP and WG-D in holding a "
                        + "joint table-top exercise aimed at improving national and regional "
                        + "preparation for large-scale irregular movement by land, involving "
                        + "elements of both human trafficking and people smuggling, and migrants "
                        + "with a range of protection needs.",
                    refs()
                        .addBodies("TFPP", "WG-D")
                        .addMeeting("wg-d-tfpp-table-top-exercise-2022")
                        .addFramework("soc-2018")
                        .build())))
        .addParagraph(
            paragraph(
                18,
                "The meeting took note the discussion on key priorities from the Strategy for "
                    + "Cooperation during the table top exercise, which were facilitated by the "
                    + "RSO, including: the need for multi-disciplinary responses to irregular "
                    + "migration; the value of national coordination mechanisms; and the benefit "
                    + "of the available training to enhance member governments' capacities to "
                    + "address trafficking in persons and people smuggling activities.",
                decision(
                    Group.MEETING,
                    OperativeVerb.TOOK_NOTE,
                    "The meeting took note the discussion on key priorities from the Strategy for "
                        + "Cooperation during the table top exercise, which were facilitated by "
                        + "the RSO, including: the need for multi-disciplinary responses to "
                        + "irregular migration; the value of national coordination mechanisms; "
                        + "and the benefit of the available training to enhance member "
                        + "governments' capacities to address trafficking in persons and people "
                        + "smuggling activities.",
                    refs()
                        .addBody("RSO")
                        .addMeeting("wg-d-tfpp-table-top-exercise-2022")
                        .addFramework("soc-2018")
                        .build())))
        .addParagraph(
            paragraph(
                19,
                "Senior officials reflected on the TFPPs unique role in building regional "
                    + "awareness and preparedness to respond to people smuggling and human "
                    + "trafficking by land, air and sea, including changing patterns and "
                    + "emerging trends, through further policy experts' gatherings, "
                    + "multi-disciplinary table-top, and futures planning exercises, as "
                    + "appropriate.",
                // The statement announces no plan here: it describes a continuing role, so the
                // further gatherings and exercises are an ongoing commitment without a date.
                decision(
                    Group.SENIOR_OFFICIALS,
                    OperativeVerb.REFLECTED,
                    "Senior officials reflected on the TFPPs unique role in building regional "
                        + "awareness and preparedness to respond to people smuggling and human "
                        + "trafficking by land, air and sea, including changing patterns and "
                        + "emerging trends, through further policy experts' gatherings, "
                        + "multi-disciplinary table-top, and futures planning exercises, as "
                        + "appropriate.",
                    refs().addBody("TFPP").build(),
                    commitment(
                        List.of("TFPP"),
                        "further policy experts' gatherings, multi-disciplinary table-top, and "
                            + "futures planning exercises, as appropriate",
                        CommitmentStatus.ONGOING,
                        References.none()))))
        .build();
  }

  private static Section governmentAndBusinessForum() {
    return new Section.Builder()
        .heading("Government and Business Forum")
        .addParagraph(
            paragraph(
                20,
                "The meeting welcomed the efforts of the Government and Business Forum (GABF) "
                    + "towards achieving the AAA (Acknowledge, Act, Achieve) recommendations and "
                    + "the key priorities of the GABF workplan acknowledged by Ministers at the "
                    + "2018 Ministerial Conference. Members of the Ad-Hoc Group (AHG) commended "
                    + "progress made towards its key priorities of moving towards ethical "
                    + "employment, transparency of supply chains and safeguard and redress "
                    + "mechanisms. GABF representatives briefed the meeting on Consultation & "
                    + "Innovation Sessions on the Electronics, Garments and Shipping sectors "
                    + "held virtually to share insights and progress key actions that address "
                    + "labour exploitation and human trafficking.",
                decision(
                    Group.MEETING,
                    OperativeVerb.WELCOMED,
                    "The meeting welcomed the efforts of the Government and Business Forum (GABF) "
                        + "towards achieving the AAA (Acknowledge, Act, Achieve) recommendations "
                        + "and the key priorities of the GABF workplan acknowledged by Ministers "
                        + "at the 2018 Ministerial Conference.",
                    refs()
                        .addBody("GABF")
                        .addFrameworks("gabf-aaa-recommendations", "gabf-workplan")
                        .addMeeting("bpmc-7")
                        .build()),
                decision(
                    Group.MEMBERS,
                    OperativeVerb.COMMENDED,
                    "Members of the Ad-Hoc Group (AHG) commended progress made towards its key "
                        + "priorities of moving towards ethical employment, transparency of "
                        + "supply chains and safeguard and redress mechanisms.",
                    refs()
                        .addBody("GABF")
                        .addFramework("gabf-workplan")
                        .addPriorities(
                            "gabf-ethical-employment",
                            "gabf-supply-chain-transparency",
                            "gabf-safeguard-redress")
                        .build()),
                new Decision.Builder()
                    .actor(Actor.body("GABF"))
                    .verb(OperativeVerb.BRIEFED)
                    .clause(
                        "GABF representatives briefed the meeting on Consultation & Innovation "
                            + "Sessions on the Electronics, Garments and Shipping sectors held "
                            + "virtually to share insights and progress key actions that address "
                            + "labour exploitation and human trafficking.")
                    .refersTo(
                        refs()
                            .addMeetings(
                                "gabf-session-electronics",
                                "gabf-session-garments",
                                "gabf-session-shipping")
                            .build())
                    .build()))
        .build();
  }

  private static Section regionalSupportOffice() {
    return new Section.Builder()
        .heading("Update from the Bali Process Regional Support Office")
        .addParagraph(
            paragraph(
                21,
                "The meeting was briefed on the progress of RSO programs to promote policy "
                    + "dialogue and good practice with a particular focus on enhancing awareness "
                    + "of victim-centred approaches in relation to identification, assistance "
                    + "and protection of the victims of trafficking, the Smuggling of Migrant's "
                    + "Protocol, and the role of corruption as a facilitator of smuggling and "
                    + "trafficking in persons and exploitation in supply chains.",
                decision(
                    Group.MEETING,
                    OperativeVerb.WAS_BRIEFED,
                    "The meeting was briefed on the progress of RSO programs to promote policy "
                        + "dialogue and good practice with a particular focus on enhancing "
                        + "awareness of victim-centred approaches in relation to identification, "
                        + "assistance and protection of the victims of trafficking, the "
                        + "Smuggling of Migrant's Protocol, and the role of corruption as a "
                        + "facilitator of smuggling and trafficking in persons and exploitation "
                        + "in supply chains.",
                    refs()
                        .addBody("RSO")
                        .addInstrument("smuggling-of-migrants-protocol")
                        .build())))
        .addParagraph(
            paragraph(
                22,
                "The meeting noted the efforts to support voluntary return and reintegration of "
                    + "stranded migrants and the work undertaken to support improved civil "
                    + "registrations of vulnerable populations. Members of the AHG commended the "
                    + "RSO's active provision of technical support and strengthening of "
                    + "practical cooperation among Bali Process Members during the COVID-19 "
                    + "pandemic and thanked the RSO for hosting the Bali Process 20th "
                    + "Anniversary Constructive Dialogue on Irregular Migration, People "
                    + "Smuggling and Trafficking in Persons and the RSO 10th Anniversary Border "
                    + "Cooperation in Practice and Technology Forum.",
                decision(
                    Group.MEETING,
                    OperativeVerb.NOTED,
                    "The meeting noted the efforts to support voluntary return and reintegration "
                        + "of stranded migrants and the work undertaken to support improved "
                        + "civil registrations of vulnerable populations.",
                    refs().addBody("RSO").build()),
                decision(
                    Group.MEMBERS,
                    OperativeVerb.COMMENDED,
                    "Members of the AHG commended the RSO's active provision of technical support "
                        + "and strengthening of practical cooperation among Bali Process Members "
                        + "during the COVID-19 pandemic",
                    refs().addBody("RSO").build()),
                decision(
                    Group.MEMBERS,
                    OperativeVerb.THANKED,
                    "thanked the RSO for hosting the Bali Process 20th Anniversary Constructive "
                        + "Dialogue on Irregular Migration, People Smuggling and Trafficking in "
                        + "Persons and the RSO 10th Anniversary Border Cooperation in Practice and "
                        + "Technology Forum.",
                    refs()
                        .addBody("RSO")
                        .addMeetings(
                            "bali-process-20th-anniversary-dialogue",
                            "rso-10th-anniversary-border-cooperation-forum")
                        .build())))
        .addParagraph(
            paragraph(
                23,
                "The RSO highlighted its ongoing commitment to strengthen border management and "
                    + "law enforcement cooperation through frontline capacity building and "
                    + "collaboration with the Jakarta Centre for Law Enforcement Cooperation "
                    + "(JCLEC), People's Police Academy of Vietnam and United Nations Institute "
                    + "for Training and Research (UNITAR) CIFAL Jeju.",
                decision(
                    Actor.body("RSO"),
                    OperativeVerb.HIGHLIGHTED,
                    "The RSO highlighted its ongoing commitment to strengthen border management "
                        + "and law enforcement cooperation through frontline capacity building "
                        + "and collaboration with the Jakarta Centre for Law Enforcement "
                        + "Cooperation (JCLEC), People's Police Academy of Vietnam and United "
                        + "Nations Institute for Training and Research (UNITAR) CIFAL Jeju.",
                    refs().addPartners("JCLEC", "PPA-VIETNAM", "UNITAR-CIFAL-JEJU").build(),
                    commitment(
                        List.of("RSO"),
                        "strengthen border management and law enforcement cooperation through "
                            + "frontline capacity building and collaboration with the Jakarta "
                            + "Centre for Law Enforcement Cooperation (JCLEC), People's Police "
                            + "Academy of Vietnam and United Nations Institute for Training and "
                            + "Research (UNITAR) CIFAL Jeju",
                        CommitmentStatus.ONGOING,
                        refs().addPartners("JCLEC", "PPA-VIETNAM", "UNITAR-CIFAL-JEJU").build()))))
        .addParagraph(
            paragraph(
                24,
                "The meeting noted with appreciation the outline provided by the RSO on the "
                    + "proposed forward workplan focused on communication and engagement with "
                    + "members, and activities focused on technology-facilitated smuggling and "
                    + "trafficking in persons, improving identification, protection and "
                    + "reintegration of trafficking victims, practical tools to support Members "
                    + "with screening and referral of migrants with special needs. The RSO "
                    + "acknowledged the support provided by Bali Process Members and sought "
                    + "continued Members' support in the delivery of the proposed forward "
                    + "workplan.",
                decision(
                    Group.MEETING,
                    OperativeVerb.NOTED_WITH_APPRECIATION,
                    "The meeting noted with appreciation the outline provided by the RSO on the "
                        + "proposed forward workplan focused on communication and engagement "
                        + "with members, and activities focused on technology-facilitated "
                        + "smuggling and trafficking in persons, improving identification, "
                        + "protection and reintegration of trafficking victims, practical tools "
                        + "to support Members with screening and referral of migrants with "
                        + "special needs.",
                    refs().addBody("RSO").addInstrument("rso-forward-workplan").build(),
                    commitment(
                        List.of("RSO"),
                        "the proposed forward workplan focused on communication and engagement "
                            + "with members, and activities focused on technology-facilitated "
                            + "smuggling and trafficking in persons, improving identification, "
                            + "protection and reintegration of trafficking victims, practical "
                            + "tools to support Members with screening and referral of migrants "
                            + "with special needs",
                        CommitmentStatus.PROPOSED,
                        refs().addInstrument("rso-forward-workplan").build())),
                decision(
                    Actor.body("RSO"),
                    OperativeVerb.ACKNOWLEDGED,
                    "The RSO acknowledged the support provided by Bali Process Members",
                    refs().build()),
                decision(
                    Actor.body("RSO"),
                    OperativeVerb.SOUGHT,
                    "sought continued Members' support in the delivery of the proposed forward "
                        + "workplan.",
                    refs().addInstrument("rso-forward-workplan").build())))
        .build();
  }

  private static Section aseanChairBriefing() {
    return new Section.Builder()
        .heading("Special briefing from Indonesia as ASEAN chair 2023")
        .addParagraph(
            paragraph(
                25,
                "The meeting welcomed the presentation from Indonesia as the ASEAN Chair in 2023 "
                    + "on its priorities with respect to people smuggling and human trafficking "
                    + "during its ASEAN Chair year, including the possibility to enhance "
                    + "cooperation on these issues, including with other relevant mechanisms, "
                    + "such as Bali Process.",
                decision(
                    Group.MEETING,
                    OperativeVerb.WELCOMED,
                    "The meeting welcomed the presentation from Indonesia as the ASEAN Chair in "
                        + "2023 on its priorities with respect to people smuggling and human "
                        + "trafficking during its ASEAN Chair year, including the possibility to "
                        + "enhance cooperation on these issues, including with other relevant "
                        + "mechanisms, such as Bali Process.",
                    refs().addMember("IDN").addPartner("ASEAN").build())))
        .addParagraph(
            paragraph(
                26,
                "Members of the AHG supported the Bali Process to continue to work to strengthen "
                    + "partnerships with other regional organisations, including ASEAN, and "
                    + "further Bali Process engagement with other relevant regional consultative "
                    + "forums on migration, such as the Budapest Process, the Colombo Process "
                    + "and the Abu Dhabi Dialogue.",
                decision(
                    Group.MEMBERS,
                    OperativeVerb.SUPPORTED,
                    "Members of the AHG supported the Bali Process to continue to work to "
                        + "strengthen partnerships with other regional organisations, including "
                        + "ASEAN, and further Bali Process engagement with other relevant "
                        + "regional consultative forums on migration, such as the Budapest "
                        + "Process, the Colombo Process and the Abu Dhabi Dialogue.",
                    refs()
                        .addPartners(
                            "ASEAN", "BUDAPEST-PROCESS", "COLOMBO-PROCESS", "ABU-DHABI-DIALOGUE")
                        .build())))
        .build();
  }

  private static Section ministerialConferencePreparations() {
    return new Section.Builder()
        .heading("Preparations for BPMC 2023")
        .addParagraph(
            paragraph(
                27,
                "The meeting welcomed progress towards the planning of the Eighth Bali Process "
                    + "Ministerial Conference.",
                decision(
                    Group.MEETING,
                    OperativeVerb.WELCOMED,
                    "The meeting welcomed progress towards the planning of the Eighth Bali "
                        + "Process Ministerial Conference.",
                    refs().addBody("BPMC").addMeeting("bpmc-8").build())))
        .addParagraph(
            paragraph(
                28,
                "The Co-Chairs thanked all participants for their inputs, recommendations and "
                    + "fruitful insights during the 16th Ad Hoc Group Senior Officials' Meeting.",
                decision(
                    Group.CO_CHAIRS,
                    OperativeVerb.THANKED,
                    "The Co-Chairs thanked all participants for their inputs, recommendations and "
                        + "fruitful insights during the 16th Ad Hoc Group Senior Officials' "
                        + "Meeting.",
                    References.none())))
        .build();
  }

  private static Section participation() {
    // The attendance list records no act of the meeting; the participants are typed data of the
    // meeting itself (see meeting()).
    return new Section.Builder()
        .heading("Participation and support")
        .addParagraph(
            paragraph(
                29,
                "The meeting was attended by representatives of: Australia, Bangladesh, "
                    + "Indonesia, Malaysia, Maldives, New Zealand, Pakistan, Philippines, Sri "
                    + "Lanka, UAE, Thailand, USA, Viet Nam, IOM, UNHCR, and UNODC."))
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // The entities the statement names that the register does not hold.
  // ---------------------------------------------------------------------------------------------

  private static Entities entities() {
    return new Entities.Builder()
        .addAllMeetings(meetings())
        .addAllInstruments(instruments())
        .addAllInitiatives(initiatives())
        .addAllPartners(partners())
        .build();
  }

  private static List<Meeting> meetings() {
    return List.of(
        new Meeting.Builder()
            .id("sg-ministerial-2022")
            .kind(MeetingKind.STEERING_GROUP_MEETING)
            .name("Ministerial Steering Group meeting")
            .addConvenedBy("SG")
            // The statement says "February 2022"; the month is all it gives.
            .date(PartialDate.of(2022, 2))
            .place(Place.of("Paris", "FRA"))
            .build(),
        new Meeting.Builder()
            .id("wg-d-annual-meeting-2022")
            .kind(MeetingKind.WORKING_GROUP_MEETING)
            .name(
                "Annual Meeting of the Working Group on the Disruption of People Smuggling and "
                    + "Trafficking in Persons Networks")
            .addConvenedBy("WG-D")
            .date(PartialDate.of(2022, 10))
            .place(Place.of("Bangkok", "THA"))
            .build(),
        new Meeting.Builder()
            .id("wg-d-tfpp-table-top-exercise-2022")
            .kind(MeetingKind.TABLE_TOP_EXERCISE)
            .name("Joint table-top exercise of the WG-D and the TFPP")
            .addConvenedBy("WG-D", "TFPP")
            .date(PartialDate.of(2022, 10))
            .place(Place.of("Bangkok", "THA"))
            .addRelated(
                new RelatedMeeting.Builder()
                    .meeting("wg-d-annual-meeting-2022")
                    .relation(MeetingRelation.BACK_TO_BACK_WITH)
                    .build())
            .build(),
        new Meeting.Builder()
            .id("wg-tip-webinar-technology-in-trafficking")
            .kind(MeetingKind.WEBINAR)
            .name("Regional Webinar on the use of Technology in Trafficking")
            .addConvenedBy("WG-TIP")
            .format(MeetingFormat.VIRTUAL)
            .build(),
        new Meeting.Builder()
            .id("tfpp-policy-expert-gatherings")
            .kind(MeetingKind.POLICY_EXPERTS_GATHERING)
            .name("Policy Expert Gatherings (PEGs)")
            .addConvenedBy("TFPP")
            .format(MeetingFormat.VIRTUAL)
            .build(),
        new Meeting.Builder()
            .id("teg-rr-annual-meeting")
            .kind(MeetingKind.WORKING_GROUP_MEETING)
            .name("Annual meeting of the Technical Experts Group on Returns and Reintegration")
            .addConvenedBy("TEG-RR")
            .build(),
        gabfSession("electronics", "Electronics"),
        gabfSession("garments", "Garments"),
        gabfSession("shipping", "Shipping"),
        new Meeting.Builder()
            .id("bali-process-20th-anniversary-dialogue")
            .kind(MeetingKind.DIALOGUE)
            .name(
                "Bali Process 20th Anniversary Constructive Dialogue on Irregular Migration, "
                    + "People Smuggling and Trafficking in Persons")
            .addConvenedBy("RSO")
            .build(),
        new Meeting.Builder()
            .id("rso-10th-anniversary-border-cooperation-forum")
            .kind(MeetingKind.FORUM)
            .name("RSO 10th Anniversary Border Cooperation in Practice and Technology Forum")
            .addConvenedBy("RSO")
            .build());
  }

  /** One of the GABF's virtual sessions, one per sector the statement names. */
  private static Meeting gabfSession(String slug, String sector) {
    return new Meeting.Builder()
        .id("gabf-session-" + slug)
        .kind(MeetingKind.CONSULTATION_SESSION)
        .name("Consultation & Innovation Session on the " + sector + " sector")
        .addConvenedBy("GABF")
        .format(MeetingFormat.VIRTUAL)
        .build();
  }

  private static List<Instrument> instruments() {
    return List.of(
        instrument(
            "wg-tip-report",
            InstrumentKind.REPORT,
            "Report of the Working Group on Trafficking in Persons",
            "WG-TIP"),
        instrument(
            "wg-tip-forward-work-plan",
            InstrumentKind.WORK_PLAN,
            "Forward work plan of the Working Group on Trafficking in Persons",
            "WG-TIP"),
        new Instrument.Builder()
            .id("sg-som-17-report")
            .kind(InstrumentKind.REPORT)
            .title("Report of the 17th Bali Process Senior Officials Steering Group Meeting")
            .issuedBy("SG")
            .adoptedAt("sg-som-17")
            .date(PartialDate.of(2022, 12, 5))
            .build(),
        new Instrument.Builder()
            .id("teg-rr-report")
            .kind(InstrumentKind.REPORT)
            .title(
                "Report of the annual meeting of the Technical Experts Group on Returns and "
                    + "Reintegration")
            .issuedBy("TEG-RR")
            .adoptedAt("teg-rr-annual-meeting")
            .build(),
        instrument(
            "tfpp-report",
            InstrumentKind.REPORT,
            "Report of the Task Force on Planning and Preparedness",
            "TFPP"),
        new Instrument.Builder()
            .id("rso-forward-workplan")
            .kind(InstrumentKind.WORK_PLAN)
            .title("Proposed forward workplan of the Regional Support Office")
            .issuedBy("RSO")
            .note("Proposed, not yet adopted, at the time of the statement.")
            .build(),
        new Instrument.Builder()
            .id("policy-guide-returns-reintegration")
            .kind(InstrumentKind.POLICY_GUIDE)
            .title("Bali Process Policy Guide on Returns and Reintegration")
            .note("The TEG-RR intends to update it.")
            .build(),
        new Instrument.Builder()
            .id("smuggling-of-migrants-protocol")
            .kind(InstrumentKind.TREATY)
            .title(
                "Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing "
                    + "the United Nations Convention against Transnational Organized Crime")
            .date(PartialDate.of(2000, 11, 15))
            .addAlias("Smuggling of Migrant's Protocol")
            .build());
  }

  private static Instrument instrument(
      String id, InstrumentKind kind, String title, String issuedBy) {
    return new Instrument.Builder().id(id).kind(kind).title(title).issuedBy(issuedBy).build();
  }

  private static List<Initiative> initiatives() {
    return List.of(
        jointPeriodOfAction(2018, CommitmentStatus.COMPLETED),
        jointPeriodOfAction(2019, CommitmentStatus.COMPLETED),
        jointPeriodOfAction(2023, CommitmentStatus.INTENDED));
  }

  /** A Joint Period of Action of the WG-D: joint investigations against smuggling networks. */
  private static Initiative jointPeriodOfAction(int year, CommitmentStatus status) {
    return new Initiative.Builder()
        .id("wg-d-joint-period-of-action-" + year)
        .name("Joint Period of Action " + year)
        .addLead("WG-D")
        .date(PartialDate.of(year))
        .status(status)
        .build();
  }

  private static List<Partner> partners() {
    return List.of(
        partner(
            "ASEAN",
            PartnerKind.REGIONAL_ORGANISATION,
            "Association of Southeast Asian Nations",
            "ASEAN"),
        partner(
            "BUDAPEST-PROCESS", PartnerKind.REGIONAL_CONSULTATIVE_PROCESS, "Budapest Process", null),
        partner(
            "COLOMBO-PROCESS", PartnerKind.REGIONAL_CONSULTATIVE_PROCESS, "Colombo Process", null),
        partner(
            "ABU-DHABI-DIALOGUE",
            PartnerKind.REGIONAL_CONSULTATIVE_PROCESS,
            "Abu Dhabi Dialogue",
            null),
        partner(
            "JCLEC",
            PartnerKind.TRAINING_INSTITUTION,
            "Jakarta Centre for Law Enforcement Cooperation",
            "JCLEC"),
        partner(
            "PPA-VIETNAM",
            PartnerKind.TRAINING_INSTITUTION,
            "People's Police Academy of Vietnam",
            null),
        partner(
            "UNITAR-CIFAL-JEJU",
            PartnerKind.TRAINING_INSTITUTION,
            "United Nations Institute for Training and Research (UNITAR) CIFAL Jeju",
            "UNITAR CIFAL Jeju"));
  }

  private static Partner partner(String id, PartnerKind kind, String name, String acronym) {
    Partner.Builder partner = new Partner.Builder().id(id).kind(kind).name(name);
    if (acronym != null) {
      partner.acronym(acronym);
    }
    return partner.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Small helpers, so that the text and its reading stay side by side above.
  // ---------------------------------------------------------------------------------------------

  private static Paragraph paragraph(int number, String text, Decision... decisions) {
    return new Paragraph.Builder().number(number).text(text).addDecisions(decisions).build();
  }

  private static Decision decision(
      Group group,
      OperativeVerb verb,
      String clause,
      References refersTo,
      Commitment... commitments) {
    return decision(Actor.group(group), verb, clause, refersTo, commitments);
  }

  private static Decision decision(
      Actor actor,
      OperativeVerb verb,
      String clause,
      References refersTo,
      Commitment... commitments) {
    return new Decision.Builder()
        .actor(actor)
        .verb(verb)
        .clause(clause)
        .refersTo(refersTo)
        .addCommitments(commitments)
        .build();
  }

  private static Commitment commitment(
      List<String> owners, String what, CommitmentStatus status, References refersTo) {
    return new Commitment.Builder()
        .addAllOwners(owners)
        .what(what)
        .status(status)
        .refersTo(refersTo)
        .build();
  }

  private static References.Builder refs() {
    return new References.Builder();
  }
}
