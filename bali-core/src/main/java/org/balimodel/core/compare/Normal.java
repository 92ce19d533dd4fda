package org.balimodel.core.compare;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normal forms in which texts are compared: a paragraph's text with its typography folded, and
 * an entity's name with case and punctuation folded as well.
 */
final class Normal {
  private Normal() {}

  /**
   * The text with Unicode compatibility forms folded (NFKC: a superscript "ᵗʰ" is "th", "…" is
   * "..."), typographic quotes, apostrophes and dashes folded to their ASCII forms, soft hyphens
   * and zero-width characters dropped, and every run of white space one space, trimmed.
   */
  static String text(String text) {
    String in = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(in.length());
    boolean space = false;
    for (int i = 0; i < in.length(); i++) {
      char c = in.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      char folded = fold(c);
      if (folded == 0) {
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.append(folded);
    }
    return out.toString();
  }

  /**
   * The name as {@link #text} folds it, in lower case, with apostrophes dropped and every other
   * punctuation mark or symbol read as a space ("the Smuggling of Migrant's Protocol" and "The
   * Smuggling of Migrants Protocol" are one name; so are "WG-D" and "WG D").
   */
  static String name(String name) {
    String in = text(name).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(in.length());
    boolean space = false;
    for (int i = 0; i < in.length(); i++) {
      char c = in.charAt(i);
      if (c == '\'') {
        continue;
      }
      if (c == ' ' || !Character.isLetterOrDigit(c)) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.append(c);
    }
    return out.toString();
  }

  /** The ASCII form of a typographic character, 0 for a character that is dropped, or the character. */
  private static char fold(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '`', '\u00B4' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D' -> '-';
      case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> 0;
      default -> c;
    };
  }

  /**
   * Where two texts first differ, in words for a reviewer: a few words of each from a little before
   * the first character that differs ("… in Bali, Indonesia on 6 December" vs "… in Bali on 6
   * December").
   */
  static String whereDiffers(String reference, String candidate) {
    int same = 0;
    int shorter = Math.min(reference.length(), candidate.length());
    while (same < shorter && reference.charAt(same) == candidate.charAt(same)) {
      same++;
    }
    int from = Math.max(0, same - 20);
    while (from > 0 && from < same && reference.charAt(from - 1) != ' ') {
      from++;
    }
    return excerpt(reference, from) + " vs " + excerpt(candidate, from);
  }

  private static String excerpt(String text, int from) {
    if (from >= text.length()) {
      return from == 0 ? "\"\"" : "\"…\" (ends)";
    }
    int to = Math.min(text.length(), from + 50);
    return "\"" + (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "") + "\"";
  }

  /** The text in quotes, cut after about 60 characters. */
  static String quote(String text) {
    String t = text(text);
    return "\"" + (t.length() > 60 ? t.substring(0, 60) + "…" : t) + "\"";
  }
}
