package org.balimodel.examples.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.MeetingKind;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Section;
import org.balimodel.core.model.Statement;
import org.balimodel.core.model.StatementKind;
import org.balimodel.examples.SeedStatement;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  private static final String SEED = "/seed/co-chairs-statement-16th-ahg-som-2022.md";

  @Test
  void renderingTheSeedReproducesEveryHeadingAndParagraphInOrder() throws IOException {
    List<String> original = plainBlocks(seedText());
    List<String> rendered = plainBlocks(MarkdownRenderer.render(SeedStatement.statement()));

    assertEquals(original.size(), rendered.size(), "number of headings and paragraphs");
    for (int i = 0; i < original.size(); i++) {
      assertEquals(original.get(i), rendered.get(i), "block " + (i + 1));
    }
  }

  @Test
  void everyParagraphOfTheSeedAppearsInTheRenderingByteForByte() throws IOException {
    String rendered = MarkdownRenderer.render(SeedStatement.statement());
    List<String> renderedBlocks = blocks(rendered);
    for (String block : blocks(seedText())) {
      if (!block.startsWith("#")) {
        assertTrue(renderedBlocks.contains(block), () -> "missing or altered: " + block);
      }
    }
  }

  @Test
  void theOrdinalOfTheStatementsOwnMeetingIsPrintedAsASuperscriptAndNoOther() {
    String rendered = MarkdownRenderer.render(SeedStatement.statement());
    assertEquals(2, count(rendered, "16<sup>th</sup>"));
    assertEquals(0, count(rendered, "<sup>", "16<sup>th</sup>"));
    assertTrue(rendered.contains("the 17th Bali Process Senior Officials Steering Group Meeting"));
  }

  @Test
  void markdownCharactersInTheTextAreEscapedSoTheReaderSeesTheModelsText() {
    Statement statement =
        new Statement.Builder()
            .id("example")
            .kind(StatementKind.SUMMARY)
            .title("A *starred* title")
            .date(PartialDate.of(2024))
            .meeting(new Meeting.Builder().id("m").kind(MeetingKind.WORKSHOP).build())
            .addSection(
                new Section.Builder()
                    .heading("# not a heading")
                    .addParagraph(
                        new Paragraph.Builder().number(1).text("a_b <b>bold</b> [link]").build())
                    .build())
            .build();

    String rendered = MarkdownRenderer.render(statement);

    assertTrue(rendered.contains("## A \\*starred\\* title\n"), rendered);
    assertTrue(rendered.contains("### \\# not a heading\n"), rendered);
    assertTrue(rendered.contains("a\\_b \\<b\\>bold\\</b\\> \\[link\\]\n"), rendered);
  }

  @Test
  void aStatementWithoutAMastheadStartsWithItsTitleAndThenItsDate() {
    Statement statement =
        new Statement.Builder()
            .id("example")
            .kind(StatementKind.SUMMARY)
            .title("Chair's Summary")
            .date(PartialDate.of(2024))
            .meeting(new Meeting.Builder().id("m").kind(MeetingKind.WORKSHOP).ordinal(Optional.of(3)).build())
            .build();

    assertEquals("## Chair's Summary\n\n2024\n", MarkdownRenderer.render(statement));
  }

  private static String seedText() throws IOException {
    try (InputStream in = MarkdownRendererTest.class.getResourceAsStream(SEED)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The Markdown blocks (separated by blank lines), trimmed. */
  private static List<String> blocks(String markdown) {
    return Arrays.stream(markdown.replace("\r\n", "\n").split("\n\\s*\n"))
        .map(String::strip)
        .filter(b -> !b.isEmpty())
        .toList();
  }

  /** The blocks with the markup removed: heading marks, bold and italic, superscripts, escapes. */
  private static List<String> plainBlocks(String markdown) {
    List<String> plain = new ArrayList<>();
    for (String block : blocks(markdown)) {
      String text =
          block
              .replaceFirst("^#{1,6}\\s+", "")
              .replace("***", "")
              .replace("**", "")
              .replace("<sup>", "")
              .replace("</sup>", "")
              .replaceAll("\\\\(.)", "$1");
      plain.add(text.strip());
    }
    return plain;
  }

  private static int count(String text, String part) {
    return count(text, part, null);
  }

  /** Occurrences of {@code part} outside occurrences of {@code except}. */
  private static int count(String text, String part, String except) {
    String rest = except == null ? text : text.replace(except, "");
    int n = 0;
    for (int i = rest.indexOf(part); i >= 0; i = rest.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
