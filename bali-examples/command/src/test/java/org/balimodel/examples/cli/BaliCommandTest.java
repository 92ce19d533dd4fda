package org.balimodel.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.balimodel.examples.Seed;
import org.balimodel.json.BaliJson;
import org.balimodel.json.BaliModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code bali} command, run in process as {@code java -jar bali.jar} would run it. */
class BaliCommandTest {

  private static final String SEED = Seed.json();

  @TempDir Path dir;

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }
  }

  static Run bali(String... args) {
    return baliWithInput("", args);
  }

  static Run baliWithInput(String input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Bali.run(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args);
    Run run = new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    assertFalse(run.err.contains("\tat ") || run.err.contains("Exception"), () -> "a stack trace: " + run.err);
    assertFalse(run.err.contains("HV000001"), "no log noise");
    return run;
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** The 1-based line of the first occurrence of {@code part} at or after {@code from}. */
  private static int lineOf(String text, String part, String from) {
    int at = text.indexOf(part, text.indexOf(from));
    assertTrue(at >= 0, part);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  // --- validate ------------------------------------------------------------------------------

  @Test
  void theBundledSeedIsValidAndItsOnlyIssueIsTheNameVariantNote() throws IOException {
    Path seed = file("seed.json", SEED);

    Run run = bali("validate", seed.toString());

    assertEquals(Bali.OK, run.status, run.out + run.err);
    assertEquals(2, run.outLines().size(), run.out);
    assertTrue(run.outLines().get(0).matches(
        "\\Q" + seed + "\\E:\\d+:\\d+: INFO name\\.variant /nameVariants/0/asWritten .+"), run.out);
    assertEquals("1 file: 1 valid, 0 invalid; 0 errors, 0 warnings, 1 note", run.outLines().get(1));
    assertEquals("", run.err);
  }

  @Test
  void aRemovedFieldIsReportedAsMissingAtTheObjectThatLacksIt() throws IOException {
    Path damaged = file("no-title.json", SEED.replace("  \"title\": \"Co-Chairs' Statement\",\n", ""));

    Run run = bali("validate", damaged.toString());

    assertEquals(Bali.INVALID, run.status);
    assertTrue(run.out.startsWith(damaged + ":1:1: ERROR json.structure.missing-property /title "), run.out);
    assertEquals("1 file: 0 valid, 1 invalid; 1 error, 0 warnings, 0 notes", run.outLines().get(run.outLines().size() - 1));
  }

  @Test
  void aCoChairWhoIsNotAParticipantIsReportedAtItsLine() throws IOException {
    int at = SEED.indexOf("\"AUS\"", SEED.indexOf("\"coChairs\""));
    String text = SEED.substring(0, at) + "\"FJI\"" + SEED.substring(at + 5);
    Path damaged = file("co-chair.json", text);

    Run run = bali("validate", damaged.toString());

    assertEquals(Bali.INVALID, run.status);
    int line = lineOf(text, "\"FJI\"", "\"coChairs\"");
    assertTrue(
        run.outLines().contains(damaged + ":" + line + ":7: ERROR co-chair.not-participant /meeting/coChairs/1 "
            + "the co-chair \"FJI\" is not among the meeting's participants"),
        run.out);
  }

  @Test
  void anUnknownBodyIsAnUnresolvedReference() throws IOException {
    int at = SEED.indexOf("\"AHG\"", SEED.indexOf("\"convenedBy\""));
    String text = SEED.substring(0, at) + "\"AHG-X\"" + SEED.substring(at + 5);
    Path damaged = file("unknown-body.json", text);

    Run run = bali("validate", damaged.toString());

    assertEquals(Bali.INVALID, run.status);
    int line = lineOf(text, "\"AHG-X\"", "\"convenedBy\"");
    assertTrue(
        run.outLines().stream().anyMatch(l -> l.startsWith(
            damaged + ":" + line + ":7: ERROR reference.unresolved /meeting/convenedBy/0 ")),
        run.out);
  }

  @Test
  void aStatementDatedBeforeItsMeetingIsReported() throws IOException {
    String text = SEED.replaceFirst("\"date\": \"2022-12-06\"", "\"date\": \"2022-12-05\"");
    Path damaged = file("early.json", text);

    Run run = bali("validate", damaged.toString());

    assertEquals(Bali.INVALID, run.status);
    int line = lineOf(text, "\"2022-12-05\"", "\"date\"");
    assertTrue(
        run.outLines().stream().anyMatch(l -> l.startsWith(
            damaged + ":" + line + ":11: ERROR date.statement-before-meeting /date ")),
        run.out);
  }

  @Test
  void aDayThatDoesNotExistIsReportedAsABadDate() throws IOException {
    String text = SEED.replaceFirst("\"date\": \"2022-12-06\"", "\"date\": \"2022-02-30\"");
    Path damaged = file("no-such-day.json", text);

    Run run = bali("validate", damaged.toString());

    assertEquals(Bali.INVALID, run.status);
    int line = lineOf(text, "\"2022-02-30\"", "\"date\"");
    assertTrue(run.out.startsWith(damaged + ":" + line + ":11: ERROR json.structure.date /date "), run.out);
  }

  @Test
  void aSyntaxErrorIsReportedWhereTheParserStopped() throws IOException {
    String text = SEED.replaceFirst("\"title\": \"Co-Chairs' Statement\",", "\"title\": \"Co-Chairs' Statement\"");
    Path damaged = file("syntax.json", text);

    Run run = bali("validate", damaged.toString());

    assertEquals(Bali.INVALID, run.status);
    int nextLine = lineOf(text, "\"title\"", "{") + 1;
    assertTrue(run.out.startsWith(damaged + ":" + nextLine + ":3: ERROR json.syntax "), run.out);
  }

  @Test
  void aDirectoryStandsForEveryJsonFileInItInNameOrder() throws IOException {
    Path batch = Files.createDirectories(dir.resolve("batch/nested"));
    file("batch/a.json", SEED);
    file("batch/nested/b.json", SEED.replace("\"IDN\",\n      \"AUS\"", "\"IDN\",\n      \"FJI\""));
    file("batch/notes.txt", "not a statement");

    Run run = bali("validate", dir.resolve("batch").toString());

    assertEquals(Bali.INVALID, run.status, run.out);
    assertEquals("2 files: 1 valid, 1 invalid; 1 error, 0 warnings, 2 notes", run.outLines().get(run.outLines().size() - 1));
    assertTrue(run.out.indexOf("a.json:") < run.out.indexOf("b.json:"), run.out);
    assertFalse(run.out.contains("notes.txt"));
    assertTrue(batch.toFile().isDirectory());
  }

  @Test
  void manyFilesAreValidatedInOneRun() throws IOException {
    List<String> args = new ArrayList<>(List.of("validate"));
    for (int i = 0; i < 25; i++) {
      args.add(file("copy-" + i + ".json", SEED).toString());
    }

    Run run = bali(args.toArray(String[]::new));

    assertEquals(Bali.OK, run.status);
    assertEquals("25 files: 25 valid, 0 invalid; 0 errors, 0 warnings, 25 notes", run.outLines().get(25));
  }

  @Test
  void theJsonReportIsMachineReadableAndCarriesEveryIssue() throws IOException {
    Path good = file("good.json", SEED);
    Path bad = file("bad.json", SEED.replaceFirst("\"date\": \"2022-12-06\"", "\"date\": \"2022-12-05\""));

    Run run = bali("validate", "--json", good.toString(), bad.toString());

    assertEquals(Bali.INVALID, run.status);
    List<String> codes = new ArrayList<>();
    List<String> pointers = new ArrayList<>();
    Boolean valid = null;
    try (JsonParser parser = new JsonFactory().createParser(run.out)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME && parser.getParsingContext().getParent().inRoot()
            && parser.currentName().equals("valid")) {
          parser.nextToken();
          valid = parser.getBooleanValue();
        } else if (token == JsonToken.FIELD_NAME && parser.currentName().equals("code")) {
          codes.add(parser.nextTextValue());
        } else if (token == JsonToken.FIELD_NAME && parser.currentName().equals("pointer")) {
          pointers.add(parser.nextTextValue());
        }
      }
    }
    assertEquals(Boolean.FALSE, valid);
    assertEquals(List.of("name.variant", "date.statement-before-meeting", "name.variant"), codes);
    assertEquals(List.of("/nameVariants/0/asWritten", "/date", "/nameVariants/0/asWritten"), pointers);
  }

  @Test
  void theJsonReportOfADocumentIsTheReportAsTheJacksonModuleWritesIt() throws IOException {
    String text = SEED.replaceFirst("\"date\": \"2022-12-06\"", "\"date\": \"2022-12-05\"");
    Path bad = file("bad.json", text);
    ObjectMapper mapper = JsonMapper.builder().addModule(new BaliModule()).build();

    JsonNode root = mapper.readTree(bali("validate", "--json", bad.toString()).out);

    JsonNode entry = root.get("results").get(0);
    assertEquals(bad.toString(), entry.get("file").asText());
    assertEquals(mapper.valueToTree(BaliJson.create().read(text).report()), entry.get("report"));
    JsonNode location = entry.get("report").get("issues").get(0).get("location");
    assertEquals(lineOf(text, "\"2022-12-05\"", "\"date\""), location.get("line").asInt());
    assertEquals(11, location.get("column").asInt());
  }

  @Test
  void lenientReadingTurnsAnUnknownPropertyIntoAWarning() throws IOException {
    Path extra = file("extra.json", SEED.replaceFirst("\\{\n", "{\n  \"comment\": \"added by hand\",\n"));

    Run strict = bali("validate", extra.toString());
    Run lenient = bali("validate", "--lenient", extra.toString());

    assertEquals(Bali.INVALID, strict.status);
    assertTrue(strict.out.matches("(?s).*\\.json:2:\\d+: ERROR json\\.structure\\.unknown-property /comment .*"), strict.out);
    assertEquals(Bali.OK, lenient.status, lenient.out);
    assertTrue(lenient.out.matches("(?s).*\\.json:2:\\d+: WARNING json\\.structure\\.unknown-property /comment .*"), lenient.out);
  }

  @Test
  void aMissingFileIsAnIoErrorWithStatusTwoAndTheOtherFilesAreStillValidated() throws IOException {
    Path good = file("good.json", SEED);
    Path missing = dir.resolve("missing.json");

    Run run = bali("validate", good.toString(), missing.toString());

    assertEquals(Bali.USAGE, run.status);
    assertEquals("bali validate: " + missing + ": there is no such file or directory\n", run.err);
    assertEquals("2 files: 1 valid, 0 invalid, 1 unreadable; 0 errors, 0 warnings, 1 note",
        run.outLines().get(run.outLines().size() - 1));
  }

  @Test
  void binaryAndEmptyFilesAreReportedNotThrown() throws IOException {
    Path binary = Files.write(dir.resolve("binary.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
    Path empty = file("empty.json", "");

    Run run = bali("validate", binary.toString(), empty.toString());

    assertEquals(Bali.INVALID, run.status);
    assertTrue(run.out.contains(binary + ":1:1: ERROR json.syntax"), run.out);
    assertTrue(run.out.contains(empty + ":"), run.out);
  }

  @Test
  void usageErrorsExitWithTwoAndSayHowToGetHelp() {
    for (String[] args :
        List.of(
            new String[] {},
            new String[] {"validate"},
            new String[] {"validate", "--strict", "x.json"},
            new String[] {"frobnicate"},
            new String[] {"summary", "a.json", "b.json"},
            new String[] {"help", "frobnicate"})) {
      Run run = bali(args);
      assertEquals(Bali.USAGE, run.status, String.join(" ", args));
      assertFalse(run.err.isBlank(), String.join(" ", args));
      assertEquals("", run.out, String.join(" ", args));
    }
    assertEquals(
        "bali validate: unknown option '--strict'\nTry 'bali validate --help'.\n",
        bali("validate", "--strict", "x.json").err);
  }

  // --- summary and render --------------------------------------------------------------------

  @Test
  void summaryWithoutAFileSummarisesTheBundledSeedInEightyColumns() {
    Run run = bali("summary");

    assertEquals(Bali.OK, run.status, run.err);
    assertTrue(run.out.contains("  Co-chairs  Indonesia (IDN), Australia (AUS)\n"), run.out);
    assertTrue(run.out.contains("PARTICIPANTS (16)\n"), run.out);
    assertTrue(run.out.contains("DECISIONS (42)\n"), run.out);
    assertTrue(run.out.contains("  Valid: 0 errors, 0 warnings, 1 note"), run.out);
    for (String line : run.outLines()) {
      assertTrue(line.length() <= 80, line);
    }
  }

  @Test
  void summaryOfAFileShowsItsValidationResultAndExitsOneWhenItHasErrors() throws IOException {
    int at = SEED.indexOf("\"AUS\"", SEED.indexOf("\"coChairs\""));
    Path damaged = file("co-chair.json", SEED.substring(0, at) + "\"FJI\"" + SEED.substring(at + 5));

    Run run = bali("summary", damaged.toString());

    assertEquals(Bali.INVALID, run.status);
    assertTrue(run.out.contains("  NOT VALID: 1 error, 0 warnings, 1 note"), run.out);
    assertTrue(run.out.contains("ERROR co-chair.not-participant /meeting/coChairs/1"), run.out);
  }

  @Test
  void summaryOfAnUnreadableDocumentPrintsItsIssuesOnStandardError() throws IOException {
    Path broken = file("broken.json", "{\"formatVersion\": 1,");

    Run run = bali("summary", broken.toString());

    assertEquals(Bali.INVALID, run.status);
    assertEquals("", run.out);
    assertTrue(run.err.startsWith(broken + ":1:"), run.err);
  }

  @Test
  void summaryAndRenderOfAMissingFileAreIoErrors() {
    Path missing = dir.resolve("missing.json");
    assertEquals(Bali.USAGE, bali("summary", missing.toString()).status);
    Run render = bali("render", missing.toString());
    assertEquals(Bali.USAGE, render.status);
    assertTrue(render.err.startsWith("bali render: " + missing + ": "), render.err);
  }

  @Test
  void renderPrintsTheStatementAsMarkdown() throws IOException {
    Run run = bali("render", file("seed.json", SEED).toString());

    assertEquals(Bali.OK, run.status, run.err);
    assertTrue(run.out.startsWith("# The Bali Process\n\n"), run.out);
    assertTrue(run.out.contains("\n16<sup>th</sup> Ad Hoc Group Senior Officials' Meeting\n"), run.out);
    assertTrue(run.out.contains("October 2022 \u2013 an example"), "the en dash survives");
    assertEquals(run.out, bali("render").out, "without FILE, the bundled seed");
  }

  // --- help ------------------------------------------------------------------------------------

  @Test
  void everyCommandHasHelpThatFitsInEightyColumns() {
    assertEquals(Bali.HELP, bali("--help").out);
    assertEquals(Bali.HELP, bali("help").out);
    assertEquals(Bali.SUMMARY_HELP, bali("summary", "--help").out);
    assertEquals(Bali.VALIDATE_HELP, bali("validate", "--help").out);
    assertEquals(Bali.VALIDATE_HELP, bali("help", "validate").out);
    assertEquals(Bali.RENDER_HELP, bali("render", "-h").out);
    for (String help : List.of(Bali.HELP, Bali.SUMMARY_HELP, Bali.VALIDATE_HELP, Bali.RENDER_HELP)) {
      assertTrue(help.startsWith("Usage: bali "), help);
      help.lines().forEach(line -> assertTrue(line.length() <= 80, line));
    }
    assertTrue(Bali.VALIDATE_HELP.contains("FILE:LINE:COLUMN: SEVERITY CODE POINTER message"));
  }

  @Test
  void everySubcommandWordsAnUnknownOptionAlike() {
    for (String command : List.of("summary", "validate", "render")) {
      assertEquals(
          "bali " + command + ": unknown option '--bogus'\nTry 'bali " + command + " --help'.\n",
          bali(command, "--bogus").err);
    }
    assertEquals("bali: unknown command 'frobnicate'\nTry 'bali --help'.\n", bali("frobnicate").err);
  }

  @Test
  void anOperandStartingWithAnAtSignIsAPathNotAnArgumentFile() throws IOException {
    Path arguments = file("arguments.txt", "--bogus\n");
    String operand = "@" + arguments;

    Run run = bali("validate", operand);

    assertEquals(Bali.USAGE, run.status);
    assertEquals("bali validate: " + operand + ": there is no such file or directory\n", run.err);
  }

  @Test
  void theVersionIsTheBuiltOne() {
    Run run = bali("--version");

    assertEquals(Bali.OK, run.status);
    assertTrue(run.out.matches("bali \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), run.out);
  }

  // --- standard input ------------------------------------------------------------------------

  @Test
  void aDashReadsTheStatementFromStandardInput() {
    Run summary = baliWithInput(SEED, "summary", "-");
    Run validate = baliWithInput(SEED, "validate", "-");
    Run render = baliWithInput(SEED, "render", "-");

    assertEquals(bali("summary").out, summary.out);
    assertEquals(Bali.OK, validate.status, validate.out + validate.err);
    assertTrue(validate.out.startsWith("<stdin>:"), validate.out);
    assertEquals(bali("render").out, render.out);
  }

  @Test
  void standardInputIsReadOnlyOnce() {
    Run run = baliWithInput(SEED, "validate", "-", "-");

    assertEquals(Bali.USAGE, run.status);
    assertEquals("bali validate: reads standard input (-) only once\nTry 'bali validate --help'.\n", run.err);
  }

  // --- internal errors -----------------------------------------------------------------------

  @Test
  void runningOutOfMemoryIsAnInternalErrorWithItsOwnStatus() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Console console = new Console(
        InputStream.nullInputStream(),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    int status = Bali.guarded(console, () -> {
      throw new OutOfMemoryError("Java heap space");
    });

    assertEquals(Bali.INTERNAL, status);
    assertEquals("bali: internal error: OutOfMemoryError: Java heap space\n", err.toString(StandardCharsets.UTF_8));
    assertTrue(Bali.INTERNAL != Bali.USAGE && Bali.INTERNAL != Bali.INVALID);
  }
}
