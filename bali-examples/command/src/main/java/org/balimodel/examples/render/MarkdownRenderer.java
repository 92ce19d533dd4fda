package org.balimodel.examples.render;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balimodel.core.model.Attachment;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.SubItem;
import org.balimodel.core.model.Section;
import org.balimodel.core.model.Statement;

/**
 * Writes a statement back as the document it came from, in Markdown: masthead, title, every
 * heading and every paragraph in reading order, verbatim.
 *
 * <p>The layout is fixed and plain: the first masthead line is the level-1 heading, the other
 * masthead lines are plain lines, the title is a level-2 heading, sections are level-3 headings and
 * subsections one level deeper each (capped at level 6). Decisions, references and entities are
 * not printed: they are a reading of the text, and the text already says them.
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
    for (Paragraph paragraph : statement.preamble()) {
      paragraph(out, paragraph, ordinal);
    }
    for (Section section : statement.sections()) {
      section(out, section, 3, ordinal);
    }
    if (!statement.attachments().isEmpty()) {
      StringBuilder list = new StringBuilder();
      for (Attachment attachment : statement.attachments()) {
        list.append(list.length() == 0 ? "" : "\n").append("* ").append(text(attachment.label(), ordinal))
            .append(attachment.title().map(t -> ": " + text(t, ordinal)).orElse(""));
      }
      block(out, list.toString());
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
