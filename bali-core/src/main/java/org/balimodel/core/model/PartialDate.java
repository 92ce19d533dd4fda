package org.balimodel.core.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the precision a source gives it: a year ({@code 2023}), a month
 * ({@code 2022-10}, "October 2022") or a day ({@code 2022-12-06}).
 *
 * <p>Statements often date events loosely ("the Ministerial Steering Group meeting in Paris,
 * February 2022"); recording such a date as a full day would invent a fact. A partial date writes
 * itself as an ISO 8601 reduced-precision date ({@link #toString()}) and reads one back with
 * {@link #parse(CharSequence)}. Comparisons between dates of different precision are made on the
 * interval a partial date covers: {@link #isBefore(PartialDate)} is true only when this date ends
 * before the other begins.
 */
public sealed interface PartialDate permits PartialDate.Year, PartialDate.Month, PartialDate.Day {

  /** How precisely a partial date is known. */
  enum Precision {
    /** Only the year is known. */
    YEAR,
    /** The year and month are known. */
    MONTH,
    /** The exact day is known. */
    DAY
  }

  /** The precision of this date. */
  Precision precision();

  /** The first day this date may stand for. */
  LocalDate earliest();

  /** The last day this date may stand for. */
  LocalDate latest();

  /** The ISO 8601 reduced-precision form: {@code 2023}, {@code 2022-10} or {@code 2022-12-06}. */
  @Override
  String toString();

  /** True when every day of this date falls before every day of {@code other}. */
  default boolean isBefore(PartialDate other) {
    return latest().isBefore(other.earliest());
  }

  /** True when every day of this date falls after every day of {@code other}. */
  default boolean isAfter(PartialDate other) {
    return earliest().isAfter(other.latest());
  }

  /** A year, such as {@code 2023}. */
  static PartialDate of(int year) {
    return new Year(year);
  }

  /** A month of a year, such as {@code 2022-10}. */
  static PartialDate of(int year, int month) {
    return new Month(java.time.YearMonth.of(year, month));
  }

  /** A day, such as {@code 2022-12-06}. */
  static PartialDate of(int year, int month, int day) {
    return new Day(LocalDate.of(year, month, day));
  }

  /** A day. */
  static PartialDate of(LocalDate day) {
    return new Day(day);
  }

  /**
   * Reads {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd} (years 1000 to 9999).
   *
   * @throws IllegalArgumentException if the text is not such a date or names no real day
   */
  static PartialDate parse(CharSequence text) {
    Matcher m = Formats.ISO.matcher(Objects.requireNonNull(text, "text"));
    if (!m.matches()) {
      throw new IllegalArgumentException("not an ISO 8601 date of the form yyyy, yyyy-MM or yyyy-MM-dd");
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return of(year);
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return of(year, month);
      }
      return of(year, month, Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not a real date: " + e.getMessage(), e);
    }
  }

  /** A date known to the year. */
  record Year(int value) implements PartialDate {
    /** Checks the year lies within 1000 to 9999, the years ISO 8601 writes with four digits. */
    public Year {
      if (value < 1000 || value > 9999) {
        throw new IllegalArgumentException("year must be between 1000 and 9999: " + value);
      }
    }

    @Override
    public Precision precision() {
      return Precision.YEAR;
    }

    @Override
    public LocalDate earliest() {
      return LocalDate.of(value, 1, 1);
    }

    @Override
    public LocalDate latest() {
      return LocalDate.of(value, 12, 31);
    }

    @Override
    public String toString() {
      return Integer.toString(value);
    }
  }

  /** A date known to the month. */
  record Month(java.time.YearMonth value) implements PartialDate {
    /** Checks the month is present and its year lies within 1000 to 9999. */
    public Month {
      Objects.requireNonNull(value, "PartialDate.Month.value is required");
      new Year(value.getYear());
    }

    @Override
    public Precision precision() {
      return Precision.MONTH;
    }

    @Override
    public LocalDate earliest() {
      return value.atDay(1);
    }

    @Override
    public LocalDate latest() {
      return value.atEndOfMonth();
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  /** A date known to the day. */
  record Day(LocalDate value) implements PartialDate {
    /** Checks the day is present and its year lies within 1000 to 9999. */
    public Day {
      Objects.requireNonNull(value, "PartialDate.Day.value is required");
      new Year(value.getYear());
    }

    @Override
    public Precision precision() {
      return Precision.DAY;
    }

    @Override
    public LocalDate earliest() {
      return value;
    }

    @Override
    public LocalDate latest() {
      return value;
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }
}

/** Holder for the pattern, since interfaces cannot have private static fields. */
final class Formats {
  static final Pattern ISO = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");

  private Formats() {}
}
