package org.balimodel.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Decision;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.MeetingKind;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Place;
import org.balimodel.core.model.Section;
import org.balimodel.core.model.Statement;
import org.balimodel.core.model.StatementKind;
import org.junit.jupiter.api.Test;

class ConstraintPointerTest {

  private static final StatementValidator VALIDATOR = StatementValidator.create();

  @Test
  void constraintViolationsArePointedAtAsJsonPointers() {
    Statement statement =
        new Statement.Builder()
            .id("Not A Slug")
            .kind(StatementKind.CO_CHAIRS_STATEMENT)
            .title("Co-Chairs' Statement")
            .date(PartialDate.of(2022, 12, 6))
            .meeting(
                new Meeting.Builder()
                    .id("ahg-som-16")
                    .kind(MeetingKind.SENIOR_OFFICIALS_MEETING)
                    .ordinal(0)
                    .place(Place.of("Bali", "Indonesia"))
                    .build())
            .addSection(
                new Section.Builder()
                    .heading("Opening")
                    .addParagraph(
                        new Paragraph.Builder()
                            .number(1)
                            .text("The meeting noted.")
                            .addDecision(
                                new Decision.Builder()
                                    .actor(Actor.meeting())
                                    .verb(OperativeVerb.NOTED)
                                    .clause(" ")
                                    .build())
                            .build())
                    .build())
            .build();

    List<String> found =
        VALIDATOR.validate(statement).issues().stream()
            .filter(i -> i.code().startsWith("constraint."))
            .map(i -> i.code() + " " + i.pointer())
            .toList();

    assertEquals(
        List.of(
            "constraint.slug /id",
            "constraint.positive /meeting/ordinal",
            "constraint.country-code /meeting/place/country",
            "constraint.not-blank /sections/0/paragraphs/0/decisions/0/clause"),
        found.stream().sorted((a, b) -> Integer.compare(order(a), order(b))).toList());
  }

  private static int order(String s) {
    return List.of("/id", "/meeting/ordinal", "/meeting/place/country", "/sections").stream()
        .filter(s::contains).findFirst().map(p -> List.of("/id", "/meeting/ordinal", "/meeting/place/country", "/sections").indexOf(p)).orElse(9);
  }
}
