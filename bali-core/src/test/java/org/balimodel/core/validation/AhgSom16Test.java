package org.balimodel.core.validation;

import static org.balimodel.core.validation.Fixtures.ahgSom16;
import static org.balimodel.core.validation.Fixtures.decision;
import static org.balimodel.core.validation.Fixtures.found;
import static org.balimodel.core.validation.Fixtures.paragraph;
import static org.balimodel.core.validation.Fixtures.section;
import static org.balimodel.core.validation.Fixtures.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Commitment;
import org.balimodel.core.model.CommitmentStatus;
import org.balimodel.core.model.Entities;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.MeetingFormat;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Participant;
import org.balimodel.core.model.Partner;
import org.balimodel.core.model.PartnerKind;
import org.balimodel.core.model.References;
import org.balimodel.core.model.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 16th Ad Hoc Group Senior Officials' Meeting (Bali, 6 December 2022), against the fixture
 * register and against the canonical register bali ships.
 */
class AhgSom16Test {

  static Stream<Arguments> registers() {
    return Stream.of(
        Arguments.of(Named.of("fixture register", Fixtures.validator())),
        Arguments.of(Named.of("canonical register", StatementValidator.create())));
  }

  private static Statement coChairsStatement(Meeting meeting) {
    return statement(meeting,
            paragraph(1),
            paragraph(2, decision(OperativeVerb.REFLECTED, "members reflected on the importance of the Bali Process")
                .actor(Actor.group(Actor.Group.MEMBERS)).build()),
            paragraph(3, decision(OperativeVerb.DISCUSSED, "Members discussed progress against priorities outlined in the 2018 Ministerial Declaration and 2018 Strategy for Cooperation.")
                .actor(Actor.group(Actor.Group.MEMBERS))
                .refersTo(new References.Builder().addInstrument("ministerial-declaration-2018").addFramework("soc-2018").build()).build()))
        .addSection(section("Working Group Updates",
            paragraph(4,
                decision(OperativeVerb.REVIEWED, "The meeting reviewed the report from the Working Group on Trafficking in Persons (WG-TIP)")
                    .refersTo(new References.Builder().addBody("WG-TIP").build()).build(),
                decision(OperativeVerb.ACKNOWLEDGED, "acknowledged the emerging trends identified through its activities").build(),
                decision(OperativeVerb.WELCOMED, "The meeting welcomed plans to further strengthen collaboration with ASEAN")
                    .refersTo(new References.Builder().addPartner("ASEAN").build()).build()),
            paragraph(5, decision(OperativeVerb.WELCOMED, "The meeting welcomed the intention of the WG-D to initiate another Joint Period of Action in 2023")
                .refersTo(new References.Builder().addBody("WG-D").build())
                .addCommitment(new Commitment.Builder().addOwner("WG-D").what("initiate another Joint Period of Action")
                    .due(PartialDate.of(2023)).status(CommitmentStatus.INTENDED).build())
                .build())))
        .entities(new Entities.Builder()
            .addPartner(new Partner.Builder().id("ASEAN").kind(PartnerKind.REGIONAL_ORGANISATION).name("Association of Southeast Asian Nations").build())
            .build())
        .build();
  }

  @ParameterizedTest
  @MethodSource("registers")
  void theSixteenthAdHocGroupSeniorOfficialsMeetingValidatesClean(StatementValidator validator) {
    Meeting meeting = ahgSom16().build();
    assertEquals(MeetingFormat.HYBRID, meeting.format().orElseThrow());
    assertEquals(16, meeting.participants().size());
    assertEquals(List.of("IDN", "AUS"), meeting.coChairs());
    Report report = validator.validate(coChairsStatement(meeting));
    assertTrue(report.isEmpty(), () -> report.issues().toString());
  }

  @ParameterizedTest
  @MethodSource("registers")
  void droppingACoChairFromTheParticipantsIsReportedAtThatCoChair(StatementValidator validator) {
    List<Participant> withoutAustralia = new ArrayList<>(ahgSom16().build().participants());
    withoutAustralia.removeIf(p -> p.member().equals("AUS"));
    Report report = validator.validate(coChairsStatement(ahgSom16().participants(withoutAustralia).build()));
    assertEquals(List.of("co-chair.not-participant /meeting/coChairs/1"), found(report, "co-chair.not-participant"));
    assertEquals(1, report.issues().size(), () -> report.issues().toString());

    List<Participant> withoutIndonesia = new ArrayList<>(ahgSom16().build().participants());
    withoutIndonesia.removeIf(p -> p.member().equals("IDN"));
    assertEquals(List.of("co-chair.not-participant /meeting/coChairs/0"),
        found(validator.validate(coChairsStatement(ahgSom16().participants(withoutIndonesia).build())), "co-chair.not-participant"));
  }
}
