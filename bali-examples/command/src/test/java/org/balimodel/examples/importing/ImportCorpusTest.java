package org.balimodel.examples.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.balimodel.core.model.Decision;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.Statement;
import org.balimodel.core.model.SubItem;
import org.balimodel.core.validation.StatementValidator;
import org.balimodel.json.BaliJson;
import org.balimodel.json.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The import corpus: Bali Process statements as they are published (plain text extracted from a
 * PDF, or Markdown), each beside the encoding a person made of it by hand, against which a text
 * importer is measured (see {@code src/test/resources/import/README.md}).
 *
 * <p>The corpus is only a yardstick if it agrees with itself: every encoding is a valid statement
 * with no issue at all, every paragraph it holds is text of its published statement, and every
 * clause and commitment is words of its own paragraph.
 */
class ImportCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/import");
  private static final BaliJson JSON = BaliJson.create();
  private static final StatementValidator VALIDATOR = StatementValidator.create();

  static Stream<Path> encodings() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @Test
  void theCorpusHoldsAtLeastSixStatementsPublishedAsPlainTextAndAsMarkdown() throws IOException {
    List<Path> texts = encodings().map(ImportCorpusTest::publishedText).toList();
    assertTrue(texts.size() >= 6, "statements: " + texts.size());
    assertTrue(texts.stream().filter(t -> t.toString().endsWith(".txt")).count() >= 2, texts::toString);
    assertTrue(texts.stream().filter(t -> t.toString().endsWith(".md")).count() >= 2, texts::toString);
  }

  @Test
  void theStatementsTogetherMakeAtLeastEightCommitments() throws IOException {
    long commitments = 0;
    for (Path file : encodings().toList()) {
      commitments += read(file).decisions().stream().mapToLong(d -> d.commitments().size()).sum();
    }
    assertTrue(commitments >= 8, "commitments: " + commitments);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void anEncodingReadsAndValidatesWithNoIssueAtAll(Path file) throws IOException {
    ReadResult result = JSON.read(Files.readAllBytes(file));
    assertEquals(List.of(), result.report().issues(), file.toString());
    Statement statement = result.statement().orElseThrow();
    assertEquals(List.of(), VALIDATOR.validate(statement).issues(), file.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void aStatementHasEnoughParagraphsAndDecisionsToMeasureAReader(Path file) throws IOException {
    Statement statement = read(file);
    assertTrue(statement.paragraphs().size() >= 8, "paragraphs: " + statement.paragraphs().size());
    assertTrue(statement.decisions().size() >= 10, "decisions: " + statement.decisions().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void everyParagraphAndItemOfAnEncodingIsTextOfItsPublishedStatement(Path file) throws IOException {
    String published = normalise(Files.readString(publishedText(file), StandardCharsets.UTF_8));
    for (String text : texts(read(file))) {
      assertTrue(published.contains(normalise(text)), () -> publishedText(file) + " lacks: " + text);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void everyClauseAndCommitmentIsWordsOfItsOwnParagraph(Path file) throws IOException {
    for (Paragraph paragraph : read(file).paragraphs()) {
      StringBuilder whole = new StringBuilder(paragraph.text());
      paragraph.items().forEach(item -> whole.append(' ').append(item.text()));
      for (Decision decision : paragraph.decisions()) {
        assertWordsOf(paragraph.text(), decision.clause(), paragraph);
        decision.commitments().forEach(c -> assertWordsOf(whole.toString(), c.what(), paragraph));
      }
      for (SubItem item : paragraph.items()) {
        for (Decision decision : item.decisions()) {
          assertWordsOf(item.text(), decision.clause(), paragraph);
          decision.commitments().forEach(c -> assertWordsOf(item.text(), c.what(), paragraph));
        }
      }
    }
  }

  private static void assertWordsOf(String text, String words, Paragraph paragraph) {
    assertTrue(text.contains(words), () -> "paragraph " + paragraph.number() + " lacks: " + words);
  }

  private static Statement read(Path file) throws IOException {
    ReadResult result = JSON.read(Files.readAllBytes(file));
    return result.statement().orElseThrow(() -> new AssertionError(file + ": " + result.report()));
  }

  /** The one published text beside an encoding: the same base name, as .txt or .md. */
  private static Path publishedText(Path encoding) {
    String base = encoding.getFileName().toString().replaceFirst("\\.json$", "");
    List<Path> found = new ArrayList<>();
    for (String extension : List.of(".txt", ".md")) {
      Path candidate = encoding.resolveSibling(base + extension);
      if (Files.isRegularFile(candidate)) {
        found.add(candidate);
      }
    }
    assertEquals(1, found.size(), () -> "published text of " + encoding + ": " + found);
    return found.get(0);
  }

  private static List<String> texts(Statement statement) {
    List<String> texts = new ArrayList<>();
    for (Paragraph paragraph : statement.paragraphs()) {
      texts.add(paragraph.text());
      paragraph.items().forEach(item -> texts.add(item.text()));
    }
    return texts;
  }

  /**
   * The text as a reader sees it: hard line breaks and indentation are one space, and Markdown's
   * emphasis markers are not words.
   */
  private static String normalise(String text) {
    return text.replace("**", "").replace("*", "").replace("_", "").replaceAll("\\s+", " ").trim();
  }
}
