package org.balimodel.core.text;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balimodel.core.model.PartialDate;

/**
 * Dates as statements print them, with their precision: "6 December 2022" and "December 6, 2022"
 * are days, "October 2022" and "February, 2022" months, "2023" a year; "4-5 March 2014", "4 and
 * 5 March 2014" and "30 March – 1 April 2011" are spans.
 */
final class Dates {
  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final String DASH = "\\s*(?:-|–|—|to|and|&)\\s*";
  private static final Pattern DAY_SPAN = Pattern.compile(
      "\\b" + DAY + "(?:\\s+" + MONTH + ")?" + DASH + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR + "\\b");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b" + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR + "\\b");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "(?:" + DASH + DAY + ")?,\\s+" + YEAR + "\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+" + YEAR + "\\b");
  private static final Pattern YEAR_ALONE = Pattern.compile("\\b" + YEAR + "\\b");

  /** A date found in a text: where it is, and the day, month or year it names, with an end for spans. */
  record Found(int start, int end, PartialDate date, Optional<PartialDate> endDate) {}

  private Dates() {}

  /** Every date of the text in reading order; a year inside a fuller date is not found again. */
  static List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];
    Matcher m = DAY_SPAN.matcher(text);
    while (m.find()) {
      int year = Integer.parseInt(m.group(5));
      int endMonth = month(m.group(4));
      int startMonth = m.group(2) == null ? endMonth : month(m.group(2));
      add(found, taken, m, day(year, startMonth, m.group(1)), day(year, endMonth, m.group(3)));
    }
    m = DAY_MONTH_YEAR.matcher(text);
    while (m.find()) {
      add(found, taken, m, day(Integer.parseInt(m.group(3)), month(m.group(2)), m.group(1)), null);
    }
    m = MONTH_DAY_YEAR.matcher(text);
    while (m.find()) {
      int year = Integer.parseInt(m.group(4));
      int month = month(m.group(1));
      add(found, taken, m, day(year, month, m.group(2)), m.group(3) == null ? null : day(year, month, m.group(3)));
    }
    m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      add(found, taken, m, PartialDate.of(Integer.parseInt(m.group(2)), month(m.group(1))), null);
    }
    m = YEAR_ALONE.matcher(text);
    while (m.find()) {
      add(found, taken, m, PartialDate.of(Integer.parseInt(m.group(1))), null);
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  private static void add(List<Found> found, boolean[] taken, Matcher m, PartialDate date, PartialDate end) {
    if (date == null || taken[m.start()] || taken[m.end() - 1]) {
      return;
    }
    for (int i = m.start(); i < m.end(); i++) {
      taken[i] = true;
    }
    found.add(new Found(m.start(), m.end(), date, Optional.ofNullable(end)));
  }

  private static PartialDate day(int year, int month, String day) {
    try {
      return PartialDate.of(year, month, Integer.parseInt(day));
    } catch (DateTimeException | IllegalArgumentException e) {
      // "31 June 2022" is no date; the reader does not guess which part is wrong.
      return null;
    }
  }

  private static int month(String name) {
    String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
    return switch (prefix) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      default -> 12;
    };
  }
}
