package org.balimodel.core.text;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ordinals as statements print them: "16th", "sixteenth", "Eighth", "twenty-first". */
final class Ordinals {
  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
      Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
      Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
      Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
      Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
      Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30));
  private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30);

  /** An ordinal in figures or words, as a pattern group. */
  static final String PATTERN =
      "(\\d{1,3}(?:st|nd|rd|th)|(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
          + "|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)";

  private static final Pattern FIGURES = Pattern.compile("(\\d{1,3})(?:st|nd|rd|th)");

  private Ordinals() {}

  /** The number of an ordinal matched by {@link #PATTERN}, or -1. */
  static int value(String ordinal) {
    String word = ordinal.toLowerCase(Locale.ROOT);
    Matcher figures = FIGURES.matcher(word);
    if (figures.matches()) {
      return Integer.parseInt(figures.group(1));
    }
    Integer unit = UNITS.get(word);
    if (unit != null) {
      return unit;
    }
    String[] parts = word.split("[- ]");
    if (parts.length == 2 && TENS.containsKey(parts[0]) && UNITS.containsKey(parts[1])) {
      return TENS.get(parts[0]) + UNITS.get(parts[1]);
    }
    return -1;
  }
}
