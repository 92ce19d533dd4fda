package org.balimodel.examples.render;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balimodel.core.model.Attachment;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.SubItem;
import org.balimodel.core.model.Section;
import org.balimodel.core.model.Statement;

/**
 * Writes a statement back as the document it came from, in Markdown: masthead, title, every
 * heading and every paragraph in reading order, verbatim.
 *
 * <p>The layout is fixed and plain: the first masthead line is the level-1 heading, the other
 * masthead lines are plain lines, the title is a level-2 heading, sections are level-3 headings and
 * subsections one level deeper each (capped at level 6), a paragraph's items are a list after it,
 * and the attachments are lines after a rule ("Attachment A: …"). A statement encoded without its
 * masthead gets one line under its title, its date ("6 December 2022"), as every printed statement
 * has one. Decisions, references and entities are not printed: they are a reading of the text, and
 * the text already says them.
 *
 * <p>One typographic detail is restored: printed statements set the ordinal of their own meeting
 * as a superscript ("16<sup>th</sup> Ad Hoc Group Senior Officials' Meeting"), while the model
 * keeps the plain text "16th". Where a meeting has an ordinal, every "16th" (the ordinal of the
 * statement's own meeting, as a whole word) is written {@code 16<sup>th</sup>}; other ordinals
 * ("the 17th … Steering Group Meeting", "20th Anniversary") stay plain, as the statement prints
 * them.
 *
 * <p>Characters that Markdown would read as markup ({@code \ * _ ` < > [ ]}, and a {@code #},
 * {@code -} or {@code +} opening a line) are escaped with a backslash, so that the text a reader
 * sees is the text of the model. The seed statement contains none of them.
 */
public final class MarkdownRenderer {

  private MarkdownRenderer() {}

  /** The statement as Markdown, ending with a newline. */
  public static String render(Statement statement) {
    Pattern ordinal =
        statement
            .meeting()
            .ordinal()
            .map(n -> Pattern.compile("\\b(" + n + ")(st|nd|rd|th)\\b"))
            .orElse(null);
    StringBuilder out = new StringBuilder();
    List<String> masthead = statement.masthead();
    for (int i = 0; i < masthead.size(); i++) {
      block(out, (i == 0 ? "# " : "") + text(masthead.get(i), ordinal));
    }
    block(out, "## " + text(statement.title(), ordinal));
    if (masthead.isEmpty()) {
      // Every printed statement carries its date; without it the text would no longer say when it was made.
      block(out, date(statement.date()));
    }
    for (Paragraph paragraph : statement.preamble()) {
      paragraph(out, paragraph, ordinal);
    }
    for (Section section : statement.sections()) {
      section(out, section, 3, ordinal);
    }
    if (!statement.attachments().isEmpty()) {
      // Printed statements list their attachments after the body, apart from it: as a list here
      // they would read as the items of the last paragraph.
      block(out, "---");
      for (Attachment attachment : statement.attachments()) {
        block(out, text(attachment.label(), ordinal) + attachment.title().map(t -> ": " + text(t, ordinal)).orElse(""));
      }
    }
    statement.excerpt().ifPresent(excerpt -> block(out, "*" + text("Excerpt: the known text stops after " + excerpt.stopsAfter() + ".", null) + "*"));
    return out.toString();
  }

  private static void section(StringBuilder out, Section section, int level, Pattern ordinal) {
    // A section without a heading or label (a statement with no headings) adds no heading line.
    if (section.heading().isPresent() || section.label().isPresent()) {
      String heading = (section.label().map(l -> l + " ").orElse("") + section.heading().orElse("")).strip();
      block(out, "#".repeat(Math.min(level, 6)) + " " + text(heading, ordinal));
    }
    for (Paragraph paragraph : section.paragraphs()) {
      paragraph(out, paragraph, ordinal);
    }
    for (Section subsection : section.subsections()) {
      section(out, subsection, level + 1, ordinal);
    }
  }

  /** A paragraph with its label as printed, then its sub-items as a list. */
  private static void paragraph(StringBuilder out, Paragraph paragraph, Pattern ordinal) {
    String label = paragraph.label().map(l -> escape(l) + " ").orElse("");
    block(out, label + text(paragraph.text(), ordinal));
    if (!paragraph.items().isEmpty()) {
      StringBuilder list = new StringBuilder();
      for (SubItem item : paragraph.items()) {
        list.append(list.length() == 0 ? "" : "\n").append("* ")
            .append(item.label().map(l -> escape(l) + " ").orElse("")).append(text(item.text(), ordinal));
      }
      block(out, list.toString());
    }
  }

  /** A date as statements print it: "6 December 2022", "February 2022", "2023". */
  static String date(PartialDate date) {
    LocalDate day = date.earliest();
    String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return switch (date.precision()) {
      case DAY -> day.getDayOfMonth() + " " + month + " " + day.getYear();
      case MONTH -> month + " " + day.getYear();
      case YEAR -> Integer.toString(day.getYear());
    };
  }

  private static void block(StringBuilder out, String block) {
    if (out.length() > 0) {
      out.append('\n');
    }
    out.append(block).append('\n');
  }

  private static String text(String text, Pattern ordinal) {
    // A paragraph is one Markdown block: line breaks inside it would end it or start a new one.
    String flat = text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    String escaped = escape(flat);
    if (ordinal == null) {
      return escaped;
    }
    Matcher matcher = ordinal.matcher(escaped);
    return matcher.replaceAll("$1<sup>$2</sup>");
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '*', '_', '`', '<', '>', '[', ']' -> out.append('\\').append(c);
        case '#', '-', '+' -> {
          if (i == 0) {
            out.append('\\');
          }
          out.append(c);
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
