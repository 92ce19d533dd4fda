package org.balimodel.core.text;

import java.util.regex.Pattern;

/** Removes Markdown and HTML markup from a block, so that what is left is the statement's words. */
final class Markup {
  private static final Pattern TAG = Pattern.compile("</?(?:sup|sub|b|i|em|strong|u|span|br|p)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern LINK = Pattern.compile("!?\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)");
  private static final Pattern EMPHASIS = Pattern.compile("(?<![\\\\\\w*_])(\\*{1,3}|_{1,3})(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*_])", Pattern.DOTALL);
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
      String before;
      do {
        before = text;
        text = EMPHASIS.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(2)));
      } while (!text.equals(before));
    }
    if (text.indexOf('\\') >= 0) {
      text = ESCAPE.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
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
