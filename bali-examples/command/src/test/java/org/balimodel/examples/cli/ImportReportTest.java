package org.balimodel.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.balimodel.core.model.Statement;
import org.balimodel.core.register.Register;
import org.balimodel.core.text.Draft;
import org.balimodel.core.validation.Issue;
import org.balimodel.core.validation.Location;
import org.balimodel.core.validation.Report;
import org.balimodel.core.validation.Severity;
import org.balimodel.core.validation.StatementValidator;
import org.balimodel.examples.SeedStatement;
import org.balimodel.json.BaliJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What {@code bali import} does with the draft it is given — where it writes it, how it reports
 * it, what it exits with — apart from how well the importer reads: here the importer is a stand-in
 * that returns a known draft and report.
 */
class ImportReportTest {

  private static final Register REGISTER = Register.baliProcess();
  private static final Statement SEED = SeedStatement.statement();
  private static final Report SEED_VALIDATION = StatementValidator.create(REGISTER).validate(SEED);

  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  private Run run(Function<CharSequence, Draft> importer, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Console console = new Console(InputStream.nullInputStream(),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    int status = new CommandLine(new ImportCommand(console, REGISTER, importer)).execute(args);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path text() throws IOException {
    return Files.writeString(dir.resolve("statement.md"), "Co-Chairs' Statement\n", StandardCharsets.UTF_8);
  }

  private static Issue unsure(Severity severity, String pointer, int line) {
    return Issue.of(severity, "import.unsure", pointer, "the reader was unsure").at(new Location(line, 1));
  }

  @Test
  void theDraftIsWrittenAsBaliJsonWritesItAndItsReviewFollowsTheImportersOrder() throws IOException {
    Path text = text();
    Report imported = new Report(List.of(unsure(Severity.WARNING, "/meeting/date", 7)));

    Run run = run(t -> new Draft(Optional.of(SEED), imported), text.toString());

    assertEquals(Bali.OK, run.status(), run.err());
    assertEquals(BaliJson.create().writePretty(SEED), run.out());
    List<String> expected = new ArrayList<>();
    expected.add(text + ":7:1: WARNING import.unsure /meeting/date the reader was unsure");
    SEED_VALIDATION.issues().forEach(i -> expected.add(TextReport.issueLine(text.toString(), i)));
    List<String> lines = run.err().lines().toList();
    assertEquals(expected, lines.subList(0, lines.size() - 1));
    assertTrue(lines.get(lines.size() - 1).startsWith("1 file: 1 valid, 0 invalid; 0 errors, 1 warning, "),
        run.err());
  }

  @Test
  void aFindingOfBothTheImporterAndTheValidatorIsPrintedOnce() throws IOException {
    Path text = text();
    assertFalse(SEED_VALIDATION.isEmpty(), "the seed's validation has a note to repeat");
    Issue repeated = SEED_VALIDATION.issues().get(0);

    Run run = run(t -> new Draft(Optional.of(SEED), new Report(List.of(repeated.at(new Location(3, 2))))),
        text.toString());

    long times = run.err().lines().filter(l -> l.contains(" " + repeated.code() + " " + repeated.pointer() + " ")).count();
    assertEquals(1, times, run.err());
    assertTrue(run.err().startsWith(text + ":3:2: "), run.err());
  }

  @Test
  void aDraftWithAnErrorIsStillWrittenAndExitsOne() throws IOException {
    Path text = text();
    Path out = dir.resolve("draft.json");

    Run run = run(t -> new Draft(Optional.of(SEED), new Report(List.of(unsure(Severity.ERROR, "/date", 4)))),
        text.toString(), "-o", out.toString());

    assertEquals(Bali.INVALID, run.status());
    assertEquals("", run.out());
    assertEquals(BaliJson.create().writePretty(SEED), Files.readString(out));
    assertTrue(run.err().startsWith(text + ":4:1: ERROR import.unsure /date "), run.err());
  }

  @Test
  void withoutADraftNothingIsWrittenAndTheReportSaysWhy() throws IOException {
    Path text = text();
    Path out = dir.resolve("draft.json");
    Report why = new Report(List.of(Issue.of(Severity.ERROR, "import.not-a-statement", "", "no date, no paragraph")));

    Run run = run(t -> new Draft(Optional.empty(), why), text.toString(), "-o", out.toString());

    assertEquals(Bali.INVALID, run.status());
    assertFalse(Files.exists(out));
    assertEquals(text + ": ERROR import.not-a-statement / no date, no paragraph\n"
        + "1 file: 0 valid, 1 invalid; 1 error, 0 warnings, 0 notes\n", run.err());
  }

  @Test
  void theImporterReadsTheTextOfTheFileAsDecoded() throws IOException {
    Path text = Files.writeString(dir.resolve("t.txt"), "Türkiye and Viet Nam\n", StandardCharsets.UTF_8);
    List<String> seen = new ArrayList<>();

    run(t -> {
      seen.add(t.toString());
      return new Draft(Optional.of(SEED), Report.empty());
    }, text.toString());

    assertEquals(List.of("Türkiye and Viet Nam\n"), seen);
  }

  @Test
  void anExistingOutputFileIsReplacedWhole() throws IOException {
    Path text = text();
    Path out = Files.writeString(dir.resolve("draft.json"), "x".repeat(100_000));

    run(t -> new Draft(Optional.of(SEED), Report.empty()), text.toString(), "-o", out.toString());

    assertEquals(BaliJson.create().writePretty(SEED), Files.readString(out));
    try (var listing = Files.list(dir)) {
      assertEquals(List.of("draft.json", "statement.md"), listing.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary file is left beside it");
    }
  }
}
