package org.balimodel.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences at a full stop, question or exclamation mark followed by a
 * capital, a digit or a quotation mark, but not after the abbreviations statements use ("Mr.",
 * "H.E.", "U.S.", "No.", "e.g."), nor after an initial.
 */
final class Sentences {
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "hon", "rt", "st", "jr", "sr", "no",
      "nos", "vol", "art", "para", "paras", "e.g", "i.e", "cf", "vs", "approx", "inc", "ltd", "co", "dept", "gov", "govt", "h.e",
      "u.s", "u.k", "u.n", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "amb", "gen",
      "col", "lt", "maj", "capt", "sen", "rep", "excl", "incl", "fig", "op", "pp", "p");

  /** A sentence: its offsets in the paragraph, with the full stop. */
  record Span(int start, int end) {}

  private Sentences() {}

  static List<Span> split(String text) {
    List<Span> spans = new ArrayList<>();
    int start = skipSpaces(text, 0);
    int length = text.length();
    for (int i = start; i < length; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '?' && c != '!') {
        continue;
      }
      int end = i + 1;
      while (end < length && (text.charAt(end) == '"' || text.charAt(end) == '\u201D' || text.charAt(end) == ')' || text.charAt(end) == '\u2019')) {
        end++;
      }
      if (end < length && text.charAt(end) != ' ') {
        continue;
      }
      int next = skipSpaces(text, end);
      if (next < length && !startsSentence(text.charAt(next))) {
        continue;
      }
      if (c == '.' && abbreviation(text, i)) {
        continue;
      }
      if (end > start) {
        spans.add(new Span(start, end));
      }
      start = next;
      i = next - 1;
    }
    if (start < length) {
      int end = length;
      while (end > start && text.charAt(end - 1) == ' ') {
        end--;
      }
      if (end > start) {
        spans.add(new Span(start, end));
      }
    }
    return spans;
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '(' || c == '\u2018';
  }

  private static boolean abbreviation(String text, int dot) {
    int w = dot;
    while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
    if (word.isEmpty()) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(text.charAt(w))) {
      return true;
    }
    return ABBREVIATIONS.contains(word);
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
