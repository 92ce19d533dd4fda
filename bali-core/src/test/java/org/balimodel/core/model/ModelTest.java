package org.balimodel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelTest {

  @Test
  void theUnitedStatesWasAnObserverUntilItJoinedIn2013() {
    Member usa = new Member.Builder()
        .id("USA")
        .kind(MemberKind.STATE_OR_TERRITORY)
        .name("United States of America")
        .addAlias("USA")
        .addStanding(Standing.since(MemberStatus.OBSERVER, PartialDate.of(2002)))
        .addStanding(Standing.since(MemberStatus.MEMBER, PartialDate.of(2013, 4, 1)))
        .build();
    assertEquals(Optional.of(MemberStatus.OBSERVER), usa.statusOn(PartialDate.of(2011, 3, 30)));
    assertEquals(Optional.of(MemberStatus.MEMBER), usa.statusOn(PartialDate.of(2022, 12, 6)));
    assertEquals(Optional.empty(), usa.statusOn(PartialDate.of(2001)));
  }

  @Test
  void aStandingAttestedOnlyByALaterDateDoesNotCountBeforeIt() {
    Member ilo = new Member.Builder()
        .id("ILO")
        .kind(MemberKind.INTERNATIONAL_ORGANISATION)
        .name("International Labour Organization")
        .addStanding(Standing.since(MemberStatus.OBSERVER, PartialDate.of(2002)))
        .addStanding(new Standing.Builder().status(MemberStatus.MEMBER).knownBy(PartialDate.of(2019)).build())
        .build();
    assertEquals(Optional.of(MemberStatus.OBSERVER), ilo.statusOn(PartialDate.of(2013, 4, 2)));
    assertEquals(Optional.of(MemberStatus.MEMBER), ilo.statusOn(PartialDate.of(2022, 12, 6)));
  }

  @Test
  void the2018StrategyWasInForceInDecember2022AndNotAfterFebruary2023() {
    Framework soc2018 = new Framework.Builder()
        .id("soc-2018")
        .kind(FrameworkKind.STRATEGY)
        .name("Bali Process Strategy for Cooperation 2018")
        .adopted(PartialDate.of(2018, 8, 7))
        .superseded(PartialDate.of(2023, 2, 10))
        .build();
    assertTrue(soc2018.inForceOn(PartialDate.of(2022, 12, 6)));
    assertFalse(soc2018.inForceOn(PartialDate.of(2024, 5, 3)));
    assertFalse(soc2018.inForceOn(PartialDate.of(2017)));
    assertTrue(soc2018.inForceOn(PartialDate.of(2018)), "adopted during 2018");
  }

  @Test
  void buildersCopyListsSoLaterChangesToTheSourceDoNotLeakIn() {
    List<String> coChairs = new ArrayList<>(List.of("IDN", "AUS"));
    Meeting meeting = new Meeting.Builder()
        .id("ahg-som-16")
        .kind(MeetingKind.SENIOR_OFFICIALS_MEETING)
        .coChairs(coChairs)
        .build();
    coChairs.add("NZL");
    assertEquals(List.of("IDN", "AUS"), meeting.coChairs());
    assertThrows(UnsupportedOperationException.class, () -> meeting.coChairs().add("NZL"));
  }

  @Test
  void absentCollectionsAreEmptyAndAbsentValuesAreEmptyOptionals() {
    Meeting meeting = new Meeting(
        "ahg-som-16", MeetingKind.SENIOR_OFFICIALS_MEETING,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    assertEquals(List.of(), meeting.participants());
    assertEquals(Optional.empty(), meeting.place());
  }

  @Test
  void aMissingRequiredComponentIsNamedInTheError() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> new Meeting(null, MeetingKind.WEBINAR, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
    assertEquals("Meeting.id is required", e.getMessage());
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> new Meeting.Builder().build());
    assertTrue(missing.getMessage().contains("id") && missing.getMessage().contains("kind"), missing.getMessage());
  }

  @Test
  void aDecisionCarriesTheForceOfItsVerb() {
    Decision welcomed = new Decision.Builder()
        .actor(Actor.meeting())
        .verb(OperativeVerb.WELCOMED)
        .clause("The meeting welcomed progress towards the planning of the Eighth Bali Process Ministerial Conference.")
        .refersTo(new References.Builder().addMeeting("bpmc-8").build())
        .build();
    assertEquals(Force.ENDORSEMENT, welcomed.force());
    assertEquals(Force.ACKNOWLEDGEMENT, OperativeVerb.TOOK_NOTE.force());
    assertEquals("was briefed", OperativeVerb.WAS_BRIEFED.phrase());
    assertTrue(new Decision.Builder().actor(Actor.body("RSO")).verb(OperativeVerb.SOUGHT).clause("sought support").build()
        .refersTo().isEmpty());
  }

  @Test
  void paragraphsAndDecisionsAreListedInReadingOrderAcrossSubsections() {
    Paragraph one = new Paragraph.Builder().number(1).text("One.").build();
    Paragraph two = new Paragraph.Builder().number(2).text("Two.").build();
    Paragraph three = new Paragraph.Builder().number(3).text("Three.").build();
    Statement statement = new Statement.Builder()
        .id("s")
        .kind(StatementKind.CO_CHAIRS_STATEMENT)
        .title("Co-Chairs' Statement")
        .date(PartialDate.of(2022, 12, 6))
        .meeting(new Meeting.Builder().id("m").kind(MeetingKind.SENIOR_OFFICIALS_MEETING).build())
        .addSection(new Section.Builder().heading("A").addParagraph(one)
            .addSubsection(new Section.Builder().heading("A.1").addParagraph(two).build()).build())
        .addSection(new Section.Builder().heading("B").addParagraph(three).build())
        .build();
    assertEquals(List.of(one, two, three), statement.paragraphs());
    assertEquals(Entities.none(), statement.entities());
  }
}
