package org.balimodel.core.validation;

import java.time.LocalDate;
import java.util.List;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Body;
import org.balimodel.core.model.BodyKind;
import org.balimodel.core.model.Decision;
import org.balimodel.core.model.Framework;
import org.balimodel.core.model.FrameworkKind;
import org.balimodel.core.model.Instrument;
import org.balimodel.core.model.InstrumentKind;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.MeetingFormat;
import org.balimodel.core.model.MeetingKind;
import org.balimodel.core.model.Member;
import org.balimodel.core.model.MemberKind;
import org.balimodel.core.model.MemberStatus;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Participant;
import org.balimodel.core.model.Place;
import org.balimodel.core.model.Priority;
import org.balimodel.core.model.Section;
import org.balimodel.core.model.Standing;
import org.balimodel.core.model.Statement;
import org.balimodel.core.model.StatementKind;
import org.balimodel.core.register.Register;
import org.balimodel.core.register.RegisterContents;

/**
 * A small register with the project's identifiers, and statements built on it, for the validation
 * tests. It does not depend on the contents of {@link Register#baliProcess()}.
 */
final class Fixtures {
  private Fixtures() {}

  static final PartialDate FOUNDED = PartialDate.of(2002, 2);
  static final PartialDate DEC_6_2022 = PartialDate.of(2022, 12, 6);

  /** The sixteen participants of the 16th AHG SOM, in the statement's order. */
  static final List<String> AHG_SOM_16_PARTICIPANTS =
      List.of("AUS", "BGD", "IDN", "MYS", "MDV", "NZL", "PAK", "PHL", "LKA", "ARE", "THA", "USA", "VNM", "IOM", "UNHCR", "UNODC");

  static final Register REGISTER = Register.of(contents());

  static StatementValidator validator() {
    return StatementValidator.create(REGISTER);
  }

  private static RegisterContents contents() {
    RegisterContents.Builder b =
        new RegisterContents.Builder().asOf(LocalDate.of(2024, 5, 31)).description("test fixture: a few Bali Process entries");
    for (String id : List.of("AUS", "BGD", "IDN", "MYS", "MDV", "NZL", "PAK", "PHL", "LKA", "THA")) {
      b.addMember(state(id, id, Standing.since(MemberStatus.MEMBER, FOUNDED)));
    }
    b.addMember(
        new Member.Builder().id("VNM").kind(MemberKind.STATE_OR_TERRITORY).name("Viet Nam")
            .addAlias("Vietnam").addStanding(Standing.since(MemberStatus.MEMBER, FOUNDED)).build());
    // The United States, the United Arab Emirates and UNODC joined in 2013 (5th SOM, 1 April 2013).
    b.addMember(
        new Member.Builder().id("ARE").kind(MemberKind.STATE_OR_TERRITORY).name("United Arab Emirates")
            .addAlias("UAE").addStanding(Standing.since(MemberStatus.MEMBER, PartialDate.of(2013, 4, 1))).build());
    b.addMember(state("USA", "United States of America", Standing.since(MemberStatus.MEMBER, PartialDate.of(2013, 4, 1))));
    b.addMember(organisation("IOM", "International Organization for Migration", Standing.since(MemberStatus.MEMBER, FOUNDED)));
    b.addMember(organisation("UNHCR", "UNHCR", Standing.since(MemberStatus.MEMBER, FOUNDED)));
    b.addMember(organisation("UNODC", "UNODC", Standing.since(MemberStatus.MEMBER, PartialDate.of(2013, 4, 1))));
    b.addMember(organisation("ICRC", "International Committee of the Red Cross", Standing.of(MemberStatus.OBSERVER)));
    b.addMember(organisation("ILO", "International Labour Organization", Standing.since(MemberStatus.OBSERVER, FOUNDED)));

    b.addBody(body("BPMC", BodyKind.MINISTERIAL_CONFERENCE, "Ministerial Conference", PartialDate.of(2002)));
    b.addBody(body("SG", BodyKind.STEERING_GROUP, "Steering Group", null));
    b.addBody(body("AHG", BodyKind.AD_HOC_GROUP, "Ad Hoc Group", PartialDate.of(2009, 4)));
    b.addBody(body("WG-TIP", BodyKind.WORKING_GROUP, "Working Group on Trafficking in Persons", PartialDate.of(2013, 4)));
    b.addBody(body("WG-D", BodyKind.WORKING_GROUP, "Working Group on the Disruption of People Smuggling and Trafficking in Persons Networks", PartialDate.of(2014)));
    b.addBody(body("RSO", BodyKind.SUPPORT_OFFICE, "Regional Support Office", PartialDate.of(2012)));
    b.addBody(body("GABF", BodyKind.BUSINESS_FORUM, "Government and Business Forum", PartialDate.of(2017, 8)));

    int[][] bpmc = {{2002, 2, 26}, {2003, 4, 28}, {2009, 4, 14}, {2011, 3, 30}, {2013, 4, 2}, {2016, 3, 23}, {2018, 8, 7}, {2023, 2, 10}};
    for (int i = 0; i < bpmc.length; i++) {
      b.addMeeting(
          new Meeting.Builder().id("bpmc-" + (i + 1)).kind(MeetingKind.MINISTERIAL_CONFERENCE).addConvenedBy("BPMC")
              .ordinal(i + 1).date(PartialDate.of(bpmc[i][0], bpmc[i][1], bpmc[i][2])).build());
    }

    Framework.Builder soc = new Framework.Builder().id("soc-2018").kind(FrameworkKind.STRATEGY).name("2018 Strategy for Cooperation")
        .owner("BPMC").adoptedAt("bpmc-7").adopted(PartialDate.of(2018, 8)).superseded(PartialDate.of(2023, 2))
        .supersededBy("adelaide-strategy-2023");
    String[] socTitles = {null, "Stakeholder engagement", "Information sharing", null, null, "Victim protection and migration management", "Returns and reintegration"};
    for (int n = 1; n <= 7; n++) {
      Priority.Builder p = new Priority.Builder().id("soc-2018-priority-" + n).number(n);
      if (socTitles[n - 1] != null) {
        p.title(socTitles[n - 1]);
      }
      soc.addPriority(p.build());
    }
    b.addFramework(soc.build());
    Framework.Builder adelaide = new Framework.Builder().id("adelaide-strategy-2023").kind(FrameworkKind.STRATEGY)
        .name("Adelaide Strategy for Cooperation 2023").owner("BPMC").adoptedAt("bpmc-8").adopted(PartialDate.of(2023, 2, 10));
    for (int n = 1; n <= 8; n++) {
      adelaide.addPriority(new Priority.Builder().id("adelaide-strategy-2023-area-" + n).number(n).build());
    }
    b.addFramework(adelaide.build());
    b.addFramework(
        new Framework.Builder().id("gabf-aaa-recommendations").kind(FrameworkKind.RECOMMENDATIONS).name("Acknowledge, Act and Advance")
            .owner("GABF").adopted(PartialDate.of(2018, 8))
            .addPriority(new Priority.Builder().id("gabf-aaa-acknowledge").title("Acknowledge").build())
            .addPriority(new Priority.Builder().id("gabf-aaa-act").title("Act").build())
            .addPriority(new Priority.Builder().id("gabf-aaa-advance").title("Advance").build())
            .build());
    b.addFramework(
        new Framework.Builder().id("gabf-workplan").kind(FrameworkKind.WORK_PLAN).name("GABF work plan").owner("GABF")
            .addPriority(new Priority.Builder().id("gabf-ethical-employment").title("Ethical employment").build())
            .addPriority(new Priority.Builder().id("gabf-supply-chain-transparency").title("Supply chain transparency").build())
            .addPriority(new Priority.Builder().id("gabf-safeguard-redress").title("Safeguarding and redress").build())
            .build());
    b.addInstrument(
        new Instrument.Builder().id("ministerial-declaration-2018").kind(InstrumentKind.DECLARATION).title("2018 Ministerial Declaration")
            .adoptedAt("bpmc-7").date(PartialDate.of(2018, 8, 7)).build());
    b.addInstrument(
        new Instrument.Builder().id("bali-declaration-2016").kind(InstrumentKind.DECLARATION)
            .title("Bali Declaration on People Smuggling, Trafficking in Persons and Related Transnational Crime")
            .adoptedAt("bpmc-6").date(PartialDate.of(2016, 3, 23)).build());
    return b.build();
  }

  private static Member state(String id, String name, Standing standing) {
    return new Member.Builder().id(id).kind(MemberKind.STATE_OR_TERRITORY).name(name).addStanding(standing).build();
  }

  private static Member organisation(String id, String name, Standing standing) {
    return new Member.Builder().id(id).kind(MemberKind.INTERNATIONAL_ORGANISATION).name(name).addStanding(standing).build();
  }

  private static Body body(String id, BodyKind kind, String name, PartialDate established) {
    Body.Builder b = new Body.Builder().id(id).kind(kind).name(name);
    if (established != null) {
      b.established(established);
    }
    return b.build();
  }

  /** The 16th Ad Hoc Group Senior Officials' Meeting, as its co-chairs' statement records it. */
  static Meeting.Builder ahgSom16() {
    Meeting.Builder m = new Meeting.Builder().id("ahg-som-16").kind(MeetingKind.SENIOR_OFFICIALS_MEETING).addConvenedBy("AHG")
        .ordinal(16).date(DEC_6_2022).place(Place.of("Bali", "IDN")).format(MeetingFormat.HYBRID).addCoChair("IDN").addCoChair("AUS");
    for (String id : AHG_SOM_16_PARTICIPANTS) {
      m.addParticipant(Participant.member(id));
    }
    return m;
  }

  /** A decision of the meeting with this verb and clause. */
  static Decision.Builder decision(OperativeVerb verb, String clause) {
    return new Decision.Builder().actor(Actor.meeting()).verb(verb).clause(clause);
  }

  /** A paragraph with this number holding these decisions. */
  static Paragraph paragraph(int number, Decision... decisions) {
    Paragraph.Builder p = new Paragraph.Builder().number(number).text("Paragraph " + number + ".");
    for (Decision d : decisions) {
      p.addDecision(d);
    }
    return p.build();
  }

  /** One section holding these paragraphs. */
  static Section section(String heading, Paragraph... paragraphs) {
    Section.Builder s = new Section.Builder().heading(heading);
    for (Paragraph p : paragraphs) {
      s.addParagraph(p);
    }
    return s.build();
  }

  /** The co-chairs' statement of the 16th AHG SOM with one section of these paragraphs. */
  static Statement.Builder statement(Meeting meeting, Paragraph... paragraphs) {
    Statement.Builder s = new Statement.Builder().id("ahg-som-16-co-chairs-statement").kind(StatementKind.CO_CHAIRS_STATEMENT)
        .title("Co-Chairs' Statement").date(DEC_6_2022).meeting(meeting);
    if (paragraphs.length > 0) {
      s.addSection(section("Opening", paragraphs));
    }
    return s;
  }

  /** A statement of the 16th AHG SOM whose one paragraph holds this decision. */
  static Statement withDecision(Decision decision) {
    return statement(ahgSom16().build(), paragraph(1, decision)).build();
  }

  /** The issues of {@code code}, as "code pointer" lines. */
  static List<String> found(Report report, String code) {
    return report.withCode(code).stream().map(i -> i.code() + " " + i.pointer()).toList();
  }
}
