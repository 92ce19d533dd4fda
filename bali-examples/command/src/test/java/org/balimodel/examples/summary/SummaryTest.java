package org.balimodel.examples.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.MeetingKind;
import org.balimodel.core.model.Participant;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Statement;
import org.balimodel.core.model.StatementKind;
import org.balimodel.core.register.Register;
import org.balimodel.core.register.RegisterContents;
import org.balimodel.core.validation.Report;
import org.balimodel.core.validation.StatementValidator;
import org.balimodel.examples.SeedStatement;
import org.junit.jupiter.api.Test;

class SummaryTest {

  private static final Statement SEED = SeedStatement.statement();
  private static final Register REGISTER = Register.baliProcess();
  private static final String SUMMARY =
      Summary.of(SEED, REGISTER, StatementValidator.create(REGISTER).validate(SEED));
  private static final List<String> LINES = SUMMARY.lines().toList();

  @Test
  void everyLineFitsInAnEightyColumnTerminal() {
    for (String line : LINES) {
      assertTrue(line.length() <= 80, () -> line.length() + " columns: " + line);
      assertEquals(line.stripTrailing(), line, "no trailing blanks");
    }
  }

  @Test
  void theMeetingIsShownWithItsKindOrdinalDatePlaceFormatAndCoChairs() {
    assertTrue(SUMMARY.contains("senior officials meeting, the 16th of the Ad Hoc Group (AHG)"), SUMMARY);
    assertTrue(SUMMARY.contains("  Date       2022-12-06\n"), SUMMARY);
    assertTrue(SUMMARY.contains("  Place      Bali, Indonesia (IDN)\n"), SUMMARY);
    assertTrue(SUMMARY.contains("  Format     hybrid\n"), SUMMARY);
    assertTrue(SUMMARY.contains("  Co-chairs  Indonesia (IDN), Australia (AUS)\n"), SUMMARY);
  }

  @Test
  void participantsAreSplitIntoThirteenStatesAndThreeOrganisations() {
    assertTrue(SUMMARY.contains("PARTICIPANTS (16)\n"), SUMMARY);
    assertTrue(SUMMARY.contains("  States and territories (13):\n"), SUMMARY);
    assertTrue(SUMMARY.contains("  Organisations (3):\n"), SUMMARY);
    assertTrue(SUMMARY.contains("Viet Nam (VNM)"), SUMMARY);
  }

  @Test
  void decisionsAreCountedByForceAndByVerb() {
    assertTrue(SUMMARY.contains("DECISIONS (49)\n"), SUMMARY);
    assertTrue(LINES.contains(String.format("  %-40s %4d", "endorsement", 18)), SUMMARY);
    assertTrue(LINES.contains(String.format("    %-38s %4d", "welcomed", 12)), SUMMARY);
    assertTrue(LINES.contains(String.format("    %-38s %4d", "noted with appreciation", 1)), SUMMARY);
  }

  @Test
  void commitmentsShowTheirOwnersStatusAndTargetDate() {
    assertTrue(SUMMARY.contains("COMMITMENTS (9)\n"), SUMMARY);
    assertTrue(SUMMARY.contains("  WG-D (intended, due 2023)\n"), SUMMARY);
    assertTrue(SUMMARY.contains("  TEG-RR + WG-TIP (planned, no date)\n"), SUMMARY);
  }

  @Test
  void prioritiesAreNamedFromTheRegisterInNumberOrder() {
    int two = SUMMARY.indexOf("Priority 2: Stakeholder engagement (soc-2018-priority-2)");
    int three = SUMMARY.indexOf("Priority 3: Information sharing (soc-2018-priority-3)");
    int six = SUMMARY.indexOf("Priority 6:");
    int seven = SUMMARY.indexOf("Priority 7: Returns and reintegration");
    assertTrue(two > 0 && two < three && three < six && six < seven, SUMMARY);
  }

  @Test
  void theValidationResultIsShownWithTheNameVariantNote() {
    assertTrue(SUMMARY.contains("  Valid: 0 errors, 0 warnings, 1 note"), SUMMARY);
    assertTrue(SUMMARY.contains("INFO name.variant /nameVariants/0/asWritten"), SUMMARY);
  }

  @Test
  void identifiersTheRegisterDoesNotKnowArePrintedAsTheyAre() {
    Register empty =
        Register.of(new RegisterContents.Builder().asOf(java.time.LocalDate.of(2020, 1, 1)).description("empty").build());
    Statement statement =
        new Statement.Builder()
            .id("example")
            .kind(StatementKind.SUMMARY)
            .title("Chair's Summary")
            .date(PartialDate.of(2024))
            .meeting(
                new Meeting.Builder()
                    .id("m")
                    .kind(MeetingKind.WORKSHOP)
                    .addConvenedBy("NEW-GROUP")
                    .ordinal(Optional.of(2))
                    .addParticipants(Participant.member("FJI"), Participant.member("NEWORG"))
                    .addCoChair("FJI")
                    .build())
            .build();

    String summary = Summary.of(statement, empty, Report.empty());

    assertTrue(summary.contains("workshop, the 2nd of NEW-GROUP"), summary);
    assertTrue(summary.contains("Fiji (FJI)"), summary);
    assertTrue(summary.contains("  Organisations (1):\n    NEWORG\n"), summary);
    assertTrue(summary.contains("  Valid: 0 errors, 0 warnings, 0 notes (register as of 2020-01-01)."), summary);
  }

  @Test
  void ordinalsTakeTheirEnglishSuffixes() {
    assertEquals(
        List.of("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "16th", "21st", "22nd", "101st"),
        List.of(1, 2, 3, 4, 11, 12, 13, 16, 21, 22, 101).stream().map(Summary::ordinal).toList());
  }

  @Test
  void theSummaryOpensWithTheTitleTheDateAndTheStatementsIdentifier() {
    assertEquals(List.of("Co-Chairs' Statement, 2022-12-06", "ahg-som-16-co-chairs-statement"), LINES.subList(0, 2));
  }

  @Test
  void aJointStatementIssuedDaysLaterSaysWhoIssuedItAndInWhichCapacityParticipantsAttended() throws Exception {
    byte[] bytes = java.nio.file.Files.readAllBytes(
        java.nio.file.Path.of("src/test/resources/corpus/valid/consultation-mechanism-2017.json"));
    var read = org.balimodel.json.BaliJson.create().read(bytes);
    String summary = Summary.of(read.statement().orElseThrow(), REGISTER, read.report());
    assertTrue(summary.contains("Issued by named people: Foreign Minister of Indonesia, Foreign Minister of\n"), summary);
    assertTrue(summary.contains("as the two most affected countries"), summary);
  }
}
