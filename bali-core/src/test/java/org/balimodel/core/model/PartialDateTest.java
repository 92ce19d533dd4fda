package org.balimodel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

  @Test
  void theSixteenthAdHocGroupMeetingIsDatedToTheDay() {
    PartialDate date = PartialDate.parse("2022-12-06");
    assertEquals(PartialDate.Precision.DAY, date.precision());
    assertEquals(LocalDate.of(2022, 12, 6), date.earliest());
    assertEquals("2022-12-06", date.toString());
  }

  @Test
  void theWgdAnnualMeetingOfOctober2022IsKnownToTheMonth() {
    PartialDate october = PartialDate.parse("2022-10");
    assertEquals(PartialDate.Precision.MONTH, october.precision());
    assertEquals(LocalDate.of(2022, 10, 1), october.earliest());
    assertEquals(LocalDate.of(2022, 10, 31), october.latest());
  }

  @Test
  void aJointPeriodOfActionIn2023IsKnownToTheYear() {
    PartialDate year = PartialDate.parse("2023");
    assertEquals(PartialDate.Precision.YEAR, year.precision());
    assertEquals(LocalDate.of(2023, 12, 31), year.latest());
  }

  @Test
  void datesOfDifferentPrecisionAreComparedByTheDaysTheyCover() {
    PartialDate october = PartialDate.of(2022, 10);
    assertTrue(october.isBefore(PartialDate.of(2022, 12, 6)));
    assertFalse(PartialDate.of(2022).isBefore(PartialDate.of(2022, 12, 6)), "2022 contains the day");
    assertFalse(PartialDate.of(2022).isAfter(PartialDate.of(2022, 12, 6)), "2022 contains the day");
    assertTrue(PartialDate.of(2023).isAfter(PartialDate.of(2022, 12, 6)));
  }

  @Test
  void textThatIsNotAnIsoReducedDateIsRefused() {
    for (String bad : new String[] {"", "22", "2022-1", "2022-13", "2022-02-30", "6 December 2022", "2022-12-06T00:00", "０２０２"}) {
      assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(bad), bad);
    }
  }

  @Test
  void everyPartialDateReadsBackFromWhatItWrites() {
    qt().forAll(integers().between(1000, 9999), integers().between(0, 12), integers().between(0, 28))
        .checkAssert((year, month, day) -> {
          PartialDate date = month == 0 ? PartialDate.of(year)
              : day == 0 ? PartialDate.of(year, month) : PartialDate.of(year, month, day);
          assertEquals(date, PartialDate.parse(date.toString()));
          assertFalse(date.latest().isBefore(date.earliest()));
        });
  }
}
