package org.balimodel.core.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes Markdown and HTML markup from a block, so that what is left is the statement's words. */
final class Markup {
  // The spans inside a tag, a link and an emphasis are bounded or may not hold their own delimiter:
  // an unclosed "<sup", "[" or "*" must not make every later one scan to the end of the block,
  // which made a read of a hostile text quadratic in its length.
  private static final Pattern TAG = Pattern.compile("</?(?:sup|sub|b|i|em|strong|u|span|br|p)\\b[^<>]{0,200}>", Pattern.CASE_INSENSITIVE);
  private static final Pattern LINK = Pattern.compile("!?\\[([^\\[\\]\\n]{0,500})\\]\\([^()\\n]{0,500}\\)");
  private static final Pattern EMPHASIS = Pattern.compile(
      "(?<![\\\\\\w*_])(?:(\\*{1,3})(?=[^\\s*])([^*]+?)(?<=[^\\s*])\\1|(_{1,3})(?=[^\\s_])([^_]+?)(?<=[^\\s_])\\3)(?![\\w*_])");
  /** Emphasis nests two or three deep in real text; a text nested deeper keeps its inner markers. */
  private static final int EMPHASIS_DEPTH = 4;
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>|])");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** A hyphenated word a PDF broke over two lines: "in-" and "person" are "in-person", "WG-" and "D-led" "WG-D-led". */
  private static final Pattern LINE_HYPHEN =
      Pattern.compile("(?:(?<=\\p{L})-[ \\t]*\\n[ \\t]*(?=\\p{Ll})|(?<=\\p{Lu})-[ \\t]*\\n[ \\t]*(?=\\p{Lu}))");

  private Markup() {}

  /** The words of a block: markup removed, line breaks and runs of spaces made one space. */
  static String clean(String raw) {
    String text = raw;
    if (text.indexOf('\n') >= 0 && text.indexOf('-') >= 0) {
      text = LINE_HYPHEN.matcher(text).replaceAll("-");
    }
    if (text.indexOf('<') >= 0) {
      text = TAG.matcher(text).replaceAll("");
    }
    if (text.indexOf('[') >= 0) {
      text = LINK.matcher(text).replaceAll("$1");
    }
    if (text.indexOf('*') >= 0 || text.indexOf('_') >= 0) {
      // Innermost first: "**bold _and italic_**" loses "_" in one pass and "**" in the next.
      String before;
      int depth = 0;
      do {
        before = text;
        text = EMPHASIS.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2) != null ? m.group(2) : m.group(4)));
      } while (!text.equals(before) && ++depth < EMPHASIS_DEPTH);
    }
    if (text.indexOf('\\') >= 0) {
      text = ESCAPE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }
    if (text.indexOf('&') >= 0) {
      text = text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
          .replace("&quot;", "\"").replace("&#39;", "'").replace("&rsquo;", "\u2019");
    }
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  /**
   * 1 when the whole block is bold ({@code **…**}), 2 when it is italic only, 0 otherwise: a line
   * emphasised throughout is how many statements set their headings.
   */
  static int emphasisLevel(String raw) {
    String text = raw.strip();
    if (text.length() < 3) {
      return 0;
    }
    if ((text.startsWith("**") && text.endsWith("**") || text.startsWith("__") && text.endsWith("__"))
        && text.length() > 4 && !text.substring(2, text.length() - 2).contains("**")) {
      return 1;
    }
    if ((text.startsWith("*") && text.endsWith("*") || text.startsWith("_") && text.endsWith("_"))
        && !text.substring(1, text.length() - 1).contains("*")) {
      return 2;
    }
    return 0;
  }
}
