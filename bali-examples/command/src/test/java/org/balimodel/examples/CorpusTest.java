package org.balimodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.balimodel.json.BaliJson;
import org.balimodel.json.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of the document family: statements written for the tests in the styles of real Bali
 * Process documents (AHG and plenary SOM co-chairs' statements of 2013-2024, a Ministerial
 * Conference statement with a preamble and an attachment, a joint statement of two foreign
 * ministers issued days after the meeting, a task force statement, an excerpt, present tense and
 * participles, bullets, roman-numbered sections). Each valid statement reads and validates with no
 * issue at all, so the validator cries no wolf on the family; each invalid twin
 * ({@code name--code.json}) breaks one rule and gets exactly that issue.
 */
class CorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus");
  private static final BaliJson JSON = BaliJson.create();

  static Stream<Path> valid() throws IOException {
    return files("valid");
  }

  static Stream<Path> invalid() throws IOException {
    return files("invalid");
  }

  private static Stream<Path> files(String dir) throws IOException {
    try (Stream<Path> files = Files.list(CORPUS.resolve(dir))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @Test
  void theCorpusHoldsElevenValidStatementsEachWithATwin() throws IOException {
    assertEquals(11, valid().count());
    assertEquals(
        valid().map(CorpusTest::name).toList(),
        invalid().map(CorpusTest::name).toList());
  }

  @Test
  void theTwinsBreakEveryNewRule() throws IOException {
    assertEquals(
        List.of("co-chair.not-recorded", "commitment.not-slipped", "decision.made-at-later", "meeting.held-after-statement",
            "meeting.register-mismatch", "participant.before-attested", "verb.not-kept", "verb.unlisted"),
        invalid().map(CorpusTest::expectedCode).distinct().sorted().toList());
  }

  @Test
  void baliValidateOverTheValidCorpusFindsElevenValidFilesAndNoIssue() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int status = org.balimodel.examples.cli.Bali.run(
        new String[] {"validate", CORPUS.resolve("valid").toString()},
        new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
        new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(org.balimodel.examples.cli.Bali.OK, status, text + err.toString(StandardCharsets.UTF_8));
    assertTrue(text.contains("11 files: 11 valid, 0 invalid; 0 errors, 0 warnings, 0 notes"), text);
  }

  @Test
  void baliValidateOverTheInvalidCorpusCountsOneIssuePerTwin() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int status = org.balimodel.examples.cli.Bali.run(
        new String[] {"validate", CORPUS.resolve("invalid").toString()},
        new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
        new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(org.balimodel.examples.cli.Bali.INVALID, status, text);
    // Three of the new rules are warnings: a twin that breaks one of them is still valid.
    assertTrue(text.contains("11 files: 4 valid, 7 invalid; 7 errors, 4 warnings, 0 notes"), text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void aStatementOfTheFamilyValidatesWithNoIssue(Path file) throws IOException {
    ReadResult result = JSON.read(Files.readAllBytes(file));
    assertTrue(result.statement().isPresent(), () -> result.report().toString());
    assertEquals(List.of(), result.report().issues(), file.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void theSchemaAgreesThatAStatementOfTheFamilyIsValid(Path file) throws IOException {
    var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(BaliJson.schema(), InputFormat.JSON);
    assertEquals(List.of(), schema.validate(Files.readString(file, StandardCharsets.UTF_8), InputFormat.JSON), file.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void aTwinThatBreaksOneRuleGetsExactlyThatIssue(Path file) throws IOException {
    ReadResult result = JSON.read(Files.readAllBytes(file));
    List<String> codes = result.report().issues().stream().map(i -> i.code()).toList();
    assertEquals(List.of(expectedCode(file)), codes, () -> result.report().toString());
  }

  /** The statement a file holds: its name without the twin's broken rule. */
  private static String name(Path file) {
    String name = file.getFileName().toString();
    int twin = name.indexOf("--");
    return twin < 0 ? name.substring(0, name.length() - ".json".length()) : name.substring(0, twin);
  }

  private static String expectedCode(Path file) {
    String name = file.getFileName().toString();
    return name.substring(name.indexOf("--") + 2, name.length() - ".json".length());
  }
}
