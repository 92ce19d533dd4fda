package org.balimodel.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a statement's text into blocks: headings, paragraphs and items, in reading order.
 *
 * <p>It reads the two ways statements reach us. Markdown: {@code #} headings, a line that is bold or
 * italic throughout as a heading, {@code -}, {@code *}, {@code +} lists, backslash escapes, {@code
 * <sup>} around ordinals. Text extracted from a PDF: blocks separated by blank lines, hard line
 * breaks inside a paragraph, printed labels ("1.", "(a)", "I.", "•"), and headings told apart from
 * paragraphs by being one short line with no closing punctuation.
 */
final class Layout {
  /** Markdown heading levels are 1 to 6; headings known only by emphasis or shape rank below them. */
  static final int BOLD_LEVEL = 7;
  static final int ITALIC_LEVEL = 8;
  static final int PLAIN_LEVEL = 9;

  /** An ATX heading; its closing sequence (" ##") is taken off by {@link #atxText}, not by the pattern, which would backtrack. */
  private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+|$)(.*)$");
  private static final Pattern MARKDOWN_BULLET = Pattern.compile("^ {0,8}[-*+][ \\t]+(?=\\S)");
  private static final Pattern PRINTED_MARKER =
      Pattern.compile("^ {0,8}([•●▪◦‣∙·–—]|\\((?:[a-z]|[ivx]{1,5}|\\d{1,3})\\)|(?:[a-z]|[ivx]{1,5})\\)|\\d{1,3}[.)]|[a-z]\\.)[ \\t]+(?=\\S)");
  /**
   * A list marker printed as the label of a Markdown list item, escaped so that it is not read as a
   * nested list: "* \\- continue to share …" is an item labelled "-".
   */
  private static final Pattern ESCAPED_MARKER = Pattern.compile("^\\\\([-*+])[ \\t]+(?=\\S)");
  private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
  /** A label that opens a heading: "I.", "IV", "A.", "1.", "Part II". */
  static final Pattern HEADING_LABEL =
      Pattern.compile("^((?:Part|Section|Annex|Attachment)\\s+[A-Z0-9IVX]+[.:]?|[IVXL]{1,6}[.)]|[A-Z][.)]|\\d{1,2}(?:\\.\\d{1,2})*[.)]?)\\s+(?=\\S)");

  private Layout() {}

  /** The blocks of the text, in reading order. */
  static List<Block> blocks(String text) {
    List<Block> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int currentOffset = -1;
    int currentLines = 0;
    Optional<String> currentLabel = Optional.empty();
    Block.Kind currentKind = Block.Kind.PARAGRAPH;
    int lineStart = 0;
    int length = text.length();
    while (lineStart <= length) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = length;
      }
      String line = text.substring(lineStart, lineEnd);
      boolean blank = line.isBlank();
      Matcher atx = ATX.matcher(line);
      Matcher setext = SETEXT.matcher(line);
      Matcher marker = PRINTED_MARKER.matcher(line);
      Matcher bullet = MARKDOWN_BULLET.matcher(line);
      if (blank || current.length() == 0 && isRule(line)) {
        flush(blocks, current, currentKind, currentLabel, currentOffset, currentLines);
        current.setLength(0);
      } else if (setext.matches() && current.length() > 0 && currentLines == 1 && currentKind == Block.Kind.PARAGRAPH) {
        int level = setext.group(1).charAt(0) == '=' ? 1 : 2;
        String heading = Markup.clean(current.toString());
        if (!heading.isEmpty()) {
          blocks.add(new Block(Block.Kind.HEADING, level, Optional.empty(), heading, currentOffset, 2, current.toString()));
        }
        current.setLength(0);
      } else if (atx.matches()) {
        flush(blocks, current, currentKind, currentLabel, currentOffset, currentLines);
        current.setLength(0);
        String words = atxText(atx.group(2));
        String heading = Markup.clean(words);
        if (!heading.isEmpty()) {
          blocks.add(new Block(Block.Kind.HEADING, atx.group(1).length(), Optional.empty(), heading, lineStart + atx.start(2), 1, words));
        }
      } else if (bullet.lookingAt() || marker.lookingAt()) {
        flush(blocks, current, currentKind, currentLabel, currentOffset, currentLines);
        current.setLength(0);
        int textStart;
        Optional<String> label;
        Block.Kind kind;
        if (bullet.lookingAt()) {
          // A Markdown list item; a printed label may follow the list marker ("* (a) …", "* • …", "* \\- …").
          textStart = bullet.end();
          String rest = line.substring(textStart);
          Matcher inner = PRINTED_MARKER.matcher(rest);
          Matcher escaped = ESCAPED_MARKER.matcher(rest);
          if (inner.lookingAt()) {
            label = Optional.of(inner.group(1));
            textStart += inner.end();
          } else if (escaped.lookingAt()) {
            label = Optional.of(escaped.group(1));
            textStart += escaped.end();
          } else {
            label = Optional.empty();
          }
          kind = Block.Kind.ITEM;
        } else {
          // A printed label: a number opens a paragraph, anything else an item.
          label = Optional.of(marker.group(1));
          textStart = marker.end();
          kind = marker.group(1).matches("\\d{1,3}[.)]") ? Block.Kind.PARAGRAPH : Block.Kind.ITEM;
        }
        current.append(line, textStart, line.length());
        currentOffset = lineStart + textStart;
        currentLines = 1;
        currentLabel = label;
        currentKind = kind;
      } else {
        if (current.length() == 0) {
          currentOffset = lineStart + firstNonSpace(line);
          currentLines = 0;
          currentLabel = Optional.empty();
          currentKind = Block.Kind.PARAGRAPH;
        } else {
          current.append('\n');
        }
        current.append(line.strip());
        currentLines++;
      }
      lineStart = lineEnd + 1;
    }
    flush(blocks, current, currentKind, currentLabel, currentOffset, currentLines);
    return blocks;
  }

  /** The words of an ATX heading without its closing sequence: "Key Themes ##" is "Key Themes". */
  static String atxText(String rest) {
    int end = rest.length();
    while (end > 0 && (rest.charAt(end - 1) == ' ' || rest.charAt(end - 1) == '\t')) {
      end--;
    }
    int hashes = end;
    while (hashes > 0 && rest.charAt(hashes - 1) == '#') {
      hashes--;
    }
    if (hashes < end && (hashes == 0 || rest.charAt(hashes - 1) == ' ' || rest.charAt(hashes - 1) == '\t')) {
      end = hashes;
      while (end > 0 && (rest.charAt(end - 1) == ' ' || rest.charAt(end - 1) == '\t')) {
        end--;
      }
    }
    return rest.substring(0, end);
  }

  /**
   * Whether a line is a Markdown thematic break: up to three spaces, then three or more of one of
   * {@code * _ -}, with spaces or tabs between them and nothing else. Checked by hand: a pattern
   * that repeats a group recurses once per character and overflows the stack on a long line.
   */
  static boolean isRule(String line) {
    int i = 0;
    while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
      i++;
    }
    if (i == line.length()) {
      return false;
    }
    char mark = line.charAt(i);
    if (mark != '*' && mark != '_' && mark != '-') {
      return false;
    }
    int marks = 0;
    for (; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == mark) {
        marks++;
      } else if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return marks >= 3;
  }

  private static int firstNonSpace(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static void flush(List<Block> blocks, StringBuilder raw, Block.Kind kind, Optional<String> label, int offset, int lines) {
    if (raw.length() == 0) {
      return;
    }
    String source = raw.toString();
    int emphasis = Markup.emphasisLevel(source);
    String text = Markup.clean(source);
    if (text.isEmpty()) {
      return;
    }
    if (kind == Block.Kind.PARAGRAPH && label.isEmpty() && emphasis > 0 && looksLikeHeading(text)) {
      blocks.add(new Block(Block.Kind.HEADING, emphasis == 1 ? BOLD_LEVEL : ITALIC_LEVEL, Optional.empty(), text, offset, lines, source));
      return;
    }
    blocks.add(new Block(kind, 0, label, text, offset, Math.max(lines, 1), source));
  }

  /**
   * Whether a block of two lines reads as a long heading a PDF wrapped ("Addressing the Current
   * Challenges arising from developments in the region, the / COVID-19 pandemic, and misuse of
   * ICT"): still no closing punctuation, and no more words than a heading has.
   */
  static boolean looksLikeWrappedHeading(String text) {
    char last = text.charAt(text.length() - 1);
    return text.length() <= 240 && last != '.' && last != ',' && last != ';' && last != ':' && last != ')'
        && text.split("\\s+").length <= 30 && Character.isUpperCase(text.codePointAt(0));
  }

  /**
   * Whether a block reads as a heading rather than a sentence: short, one line's worth, and not
   * closed like a sentence or a list's lead-in.
   */
  static boolean looksLikeHeading(String text) {
    if (text.length() > 160 || text.indexOf('\n') >= 0) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    if (last == '.' || last == ',' || last == ';' || last == ':') {
      return false;
    }
    int words = text.split("\\s+").length;
    return words <= 18 && !Character.isLowerCase(text.codePointAt(0));
  }
}
