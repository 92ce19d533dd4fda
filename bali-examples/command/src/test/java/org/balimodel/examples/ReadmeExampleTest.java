package org.balimodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Decision;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.MeetingKind;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Participant;
import org.balimodel.core.model.Place;
import org.balimodel.core.model.References;
import org.balimodel.core.model.Section;
import org.balimodel.core.model.Statement;
import org.balimodel.core.model.StatementKind;
import org.balimodel.core.validation.Report;
import org.balimodel.core.validation.StatementValidator;
import org.balimodel.json.BaliJson;
import org.balimodel.json.ReadResult;
import org.junit.jupiter.api.Test;

/** The Java example of the README, kept compiling and true: build, validate, write, read. */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleBuildsAValidStatementThatWritesAndReadsBackEqual() {
    // --- as in README.md ---
    Statement statement =
        new Statement.Builder()
            .id("ahg-som-17-co-chairs-statement")
            .kind(StatementKind.CO_CHAIRS_STATEMENT)
            .title("Co-Chairs' Statement")
            .date(PartialDate.of(2024, 5, 3))
            .meeting(
                new Meeting.Builder()
                    .id("ahg-som-17")
                    .kind(MeetingKind.SENIOR_OFFICIALS_MEETING)
                    .addConvenedBy("AHG")
                    .ordinal(17)
                    .date(PartialDate.of(2024, 5, 3))
                    .place(Place.of("Kuala Lumpur", "MYS"))
                    .addCoChairs("IDN", "AUS")
                    .addParticipants(
                        Participant.member("IDN"), Participant.member("AUS"), Participant.member("MYS"))
                    .build())
            .addSection(
                new Section.Builder()
                    .heading("Opening")
                    .addParagraph(
                        new Paragraph.Builder()
                            .number(1)
                            .text("The meeting welcomed the Adelaide Strategy for Cooperation 2023.")
                            .addDecision(
                                new Decision.Builder()
                                    .actor(Actor.meeting())
                                    .verb(OperativeVerb.WELCOMED)
                                    .clause("The meeting welcomed the Adelaide Strategy for Cooperation 2023.")
                                    .refersTo(
                                        new References.Builder()
                                            .addFramework("adelaide-strategy-2023")
                                            .build())
                                    .build())
                            .build())
                    .build())
            .build();

    Report report = StatementValidator.create().validate(statement); // against Register.baliProcess()
    report.issues().forEach(System.out::println);

    BaliJson json = BaliJson.create();
    String text = json.writePretty(statement);
    ReadResult read = json.read(text); // the statement and one report: syntax, structure, rules
    // --- end of the README example ---

    assertTrue(report.isEmpty(), report::toString);
    assertTrue(read.isValid(), () -> read.report().toString());
    assertEquals(statement, read.statement().orElseThrow());
  }
}
