package org.balimodel.examples.cli;

import static org.balimodel.examples.cli.BaliCommandTest.bali;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.balimodel.core.text.StatementImporter;
import org.balimodel.core.validation.IssueCode;
import org.balimodel.examples.Seed;
import org.balimodel.examples.cli.BaliCommandTest.Run;
import org.balimodel.json.BaliJson;
import org.balimodel.json.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bali import}: a statement's published text, as text, Markdown or PDF, into a draft. */
class ImportCommandTest {

  /**
   * A statement of the family, not the seed: another meeting of another body, with a date, a
   * meeting line, co-chairs, headings and decisions by members and by the meeting.
   */
  private static final String STATEMENT_MARKDOWN =
      """
      # The Bali Process

      ## on People Smuggling, Trafficking in Persons and Related Transnational Crime

      18th Ad Hoc Group Senior Officials' Meeting

      14 March 2025

      ### Co-Chairs' Statement

      #### Opening

      The eighteenth Ad Hoc Group Senior Officials' Meeting (AHG SOM) of the Bali Process on \
      People Smuggling, Trafficking in Persons and Related Transnational Crime (Bali Process) \
      was co-chaired by Indonesia and Australia in Jakarta, Indonesia on 14 March 2025.

      #### Trafficking in Persons

      Members welcomed the work of the Working Group on Trafficking in Persons and encouraged \
      members to share information on the recruitment of victims through online platforms.

      The meeting agreed to hold the next Ad Hoc Group Senior Officials' Meeting in 2026.
      """;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private Path file(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  static Run baliWithBytes(byte[] input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Bali.run(
            new ByteArrayInputStream(input),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args);
    Run run = new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), () -> "a stack trace: " + run.err());
    return run;
  }

  /** The statement's paragraphs as a word processor lays them out: lines of at most 80 characters. */
  private static List<List<String>> wrapped(String text) {
    List<List<String>> paragraphs = new ArrayList<>();
    for (String paragraph : text.strip().split("\n\n")) {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.replace('\n', ' ').replaceAll("^#+ ", "").split(" ")) {
        if (line.length() > 0 && line.length() + 1 + word.length() > 80) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(line.length() > 0 ? " " : "").append(word);
      }
      lines.add(line.toString());
      paragraphs.add(lines);
    }
    return paragraphs;
  }

  /** The draft a run wrote, read back as any statement document is read. */
  private static ReadResult draft(String json) {
    ReadResult read = BaliJson.create().read(json);
    assertTrue(read.statement().isPresent(), () -> "the draft reads back as a statement: " + read.report());
    return read;
  }

  /** The report a run printed: issue lines under the input's name, then the total. */
  private static void assertReportOf(String name, Run run) {
    List<String> lines = run.err().lines().toList();
    assertFalse(lines.isEmpty(), "the report ends with the total");
    assertTrue(lines.get(lines.size() - 1).startsWith("1 file: "), run.err());
    for (String line : lines.subList(0, lines.size() - 1)) {
      assertTrue(line.startsWith(name + ":"), line);
    }
    boolean errors = lines.stream().anyMatch(l -> l.contains(": ERROR "));
    assertEquals(errors ? Bali.INVALID : Bali.OK, run.status(), run.err());
  }

  // --- text and Markdown ---------------------------------------------------------------------

  @Test
  void aMarkdownStatementBecomesADraftDocumentOnStandardOutputAndItsReviewOnStandardError()
      throws IOException {
    Path md = file("statement.md", STATEMENT_MARKDOWN);

    Run run = bali("import", md.toString());

    assertEquals(BaliJson.create().writePretty(draft(run.out()).statement().get()), run.out(),
        "the draft is written as BaliJson writes documents");
    assertReportOf(md.toString(), run);
  }

  @Test
  void aPlainTextStatementImportsAsItsMarkdownDoesWithoutTheMarks() throws IOException {
    String plain = STATEMENT_MARKDOWN.replaceAll("(?m)^#+ ", "");
    Path txt = file("statement.txt", plain);

    Run run = bali("import", txt.toString());

    draft(run.out());
    assertReportOf(txt.toString(), run);
  }

  @Test
  void theDraftGoesToTheOutputFileAndIsTheSameAsOnStandardOutput() throws IOException {
    Path md = file("statement.md", STATEMENT_MARKDOWN);
    Path out = dir.resolve("draft.json");

    Run toFile = bali("import", md.toString(), "-o", out.toString());
    Run toStandardOutput = bali("import", md.toString());

    assertEquals("", toFile.out());
    assertEquals(toStandardOutput.out(), Files.readString(out, StandardCharsets.UTF_8));
    assertEquals(toStandardOutput.err(), toFile.err());
    assertEquals(toStandardOutput.status(), toFile.status());
  }

  @Test
  void withoutAFileTheBundledSeedTextIsImported() throws IOException {
    Path copy = file("seed.md", Seed.text());

    Run bundled = bali("import");
    Run fromFile = bali("import", copy.toString());

    assertEquals(fromFile.out(), bundled.out());
    assertEquals(
        fromFile.err().replace(copy.toString() + ":", Seed.TEXT_NAME + ":"), bundled.err());
    assertReportOf(Seed.TEXT_NAME, bundled);
    assertEquals(Files.readString(Path.of("src/main/resources/org/balimodel/examples/seed-statement.md")),
        Seed.text(), "the resource is the text as published");
  }

  @Test
  void aDashReadsTheTextFromStandardInput() throws IOException {
    Path md = file("statement.md", STATEMENT_MARKDOWN);

    Run piped = baliWithBytes(STATEMENT_MARKDOWN.getBytes(StandardCharsets.UTF_8), "import", "-");

    assertEquals(bali("import", md.toString()).out(), piped.out());
    assertReportOf(Documents.STANDARD_INPUT_NAME, piped);
  }

  @Test
  void theJsonReportIsTheOneValidatePrints() throws IOException {
    Path md = file("statement.md", STATEMENT_MARKDOWN);

    Run lines = bali("import", md.toString());
    Run json = bali("import", md.toString(), "--json");

    JsonNode report = JSON.readTree(json.err());
    assertEquals(1, report.get("files").asInt());
    assertEquals(md.toString(), report.get("results").get(0).get("file").asText());
    long issueLines = lines.err().lines().count() - 1;
    assertEquals(issueLines, report.get("results").get(0).get("report").get("issues").size());
    assertEquals(lines.status(), json.status());
    assertEquals(lines.out(), json.out());
  }

  @Test
  void anOutputFileThatCannotBeWrittenIsAnIoError() throws IOException {
    Path md = file("statement.md", STATEMENT_MARKDOWN);
    Path out = dir.resolve("no-such-directory/draft.json");

    Run run = bali("import", md.toString(), "-o", out.toString());

    assertEquals(Bali.USAGE, run.status());
    assertTrue(run.err().startsWith("bali import: " + out + ": its directory does not exist\n"), run.err());
    assertFalse(Files.exists(out));
  }

  // --- PDF -------------------------------------------------------------------------------------

  @Test
  void theTextOfAPdfComesOutLineByLineWithABlankLineBetweenParagraphs() throws IOException {
    Path pdf = dir.resolve("statement.pdf");
    List<List<String>> paragraphs = wrapped(STATEMENT_MARKDOWN);
    Pdfs.text(pdf, paragraphs);

    PublishedText.Outcome read = PublishedText.read(pdf.toString(), null);

    assertTrue(read.unreadable().isEmpty(), () -> read.unreadable().get().reason());
    assertEquals("PDF", read.text().get().kind());
    List<String> blocks = Arrays.stream(read.text().get().text().strip().split("\n\\s*\n"))
        .map(String::strip)
        .toList();
    List<String> expected = paragraphs.stream().map(lines -> String.join("\n", lines)).toList();
    assertEquals(expected, blocks);
  }

  @Test
  void aSentenceRunningOverAPageBreakStaysOneParagraphAndAParagraphEndingAtOneDoesNot()
      throws IOException {
    Path pdf = dir.resolve("pages.pdf");
    Pdfs.pages(pdf, List.of(
        List.of("Members welcomed the report of the Working Group", "and noted its", "",
            "recommendations on the return of victims, and"),
        List.of("encouraged further cooperation.", "", "Co-chairs thanked the host."),
        List.of("The meeting agreed to meet again in 2026.")));

    String text = PublishedText.read(pdf.toString(), null).text().get().text();

    assertEquals(
        """
        Members welcomed the report of the Working Group
        and noted its

        recommendations on the return of victims, and
        encouraged further cooperation.

        Co-chairs thanked the host.

        The meeting agreed to meet again in 2026.
        """,
        text);
  }

  @Test
  void aPdfWithATextLayerImportsAsItsText() throws IOException {
    Path pdf = dir.resolve("statement.pdf");
    List<List<String>> paragraphs = wrapped(STATEMENT_MARKDOWN);
    Pdfs.text(pdf, paragraphs);
    String text = String.join("\n\n", paragraphs.stream().map(l -> String.join("\n", l)).toList());
    Path txt = file("statement.txt", text + "\n");

    Run fromPdf = bali("import", pdf.toString());

    draft(fromPdf.out());
    assertReportOf(pdf.toString(), fromPdf);
    assertEquals(bali("import", txt.toString()).out(), fromPdf.out(), "the PDF reads as its text");
  }

  @Test
  void aPdfIsRecognisedByItsHeaderWhateverItsName() throws IOException {
    Path pdf = dir.resolve("statement");
    Pdfs.text(pdf, wrapped(STATEMENT_MARKDOWN));

    PublishedText.Outcome read = PublishedText.read(pdf.toString(), null);

    assertEquals("PDF", read.text().get().kind());
  }

  @Test
  void aScannedPdfWithoutATextLayerIsRefusedWithAdviceToRunOcr() throws IOException {
    Path pdf = dir.resolve("scan.pdf");
    Pdfs.scanned(pdf);

    Run run = bali("import", pdf.toString());

    assertEquals(Bali.USAGE, run.status());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("bali import: " + pdf + ": is a PDF without a text layer"), run.err());
    assertTrue(run.err().contains("run OCR on it first"), run.err());
  }

  @Test
  void anEncryptedPdfIsRefusedWithoutAsking() throws IOException {
    Path pdf = dir.resolve("locked.pdf");
    Pdfs.encrypted(pdf, wrapped(STATEMENT_MARKDOWN), "secret");

    Run run = bali("import", pdf.toString());

    assertEquals(Bali.USAGE, run.status());
    assertTrue(run.err().startsWith("bali import: " + pdf + ": is an encrypted PDF"), run.err());
  }

  @Test
  void aPdfEncryptedWithoutAUserPasswordOpensAsAnyReaderOpensIt() throws IOException {
    Path pdf = dir.resolve("owner-only.pdf");
    Pdfs.encrypted(pdf, wrapped(STATEMENT_MARKDOWN), "");

    PublishedText.Outcome read = PublishedText.read(pdf.toString(), null);

    assertTrue(read.unreadable().isEmpty(), () -> read.unreadable().get().reason());
    assertTrue(read.text().get().text().contains("Co-Chairs' Statement"), read.text().get().text());
  }

  @Test
  void aPdfOnStandardInputIsReadAsAPdf() throws IOException {
    Path pdf = dir.resolve("statement.pdf");
    Pdfs.text(pdf, wrapped(STATEMENT_MARKDOWN));
    Console console = new Console(new ByteArrayInputStream(Files.readAllBytes(pdf)),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    PublishedText.Outcome piped = PublishedText.read(Documents.STANDARD_INPUT, console);

    assertEquals(PublishedText.read(pdf.toString(), null).text().get().text(), piped.text().get().text());
    assertEquals(Documents.STANDARD_INPUT_NAME, piped.text().get().name());
  }

  @Test
  void extractionThatRunsPastItsTimeLimitStops() throws IOException {
    Path pdf = dir.resolve("statement.pdf");
    Pdfs.text(pdf, wrapped(STATEMENT_MARKDOWN));
    byte[] bytes = Files.readAllBytes(pdf);

    PublishedText.Outcome late = PublishedText.pdf("statement.pdf", bytes, 0);
    PublishedText.Outcome inTime = PublishedText.pdf("statement.pdf", bytes, PublishedText.PDF_TIME_LIMIT_NANOS);

    assertEquals("is a PDF whose text took longer than 0 seconds to extract; it may be damaged",
        late.unreadable().get().reason());
    assertTrue(inTime.text().isPresent());
  }

  @Test
  void aFileNamedPdfThatIsNotAPdfIsRefused() throws IOException {
    Path notPdf = file("statement.pdf", STATEMENT_MARKDOWN);

    Run run = bali("import", notPdf.toString());

    assertEquals(Bali.USAGE, run.status());
    assertTrue(run.err().startsWith("bali import: " + notPdf + ": is not a PDF: it does not start with %PDF-"),
        run.err());
  }

  @Test
  void aDamagedPdfIsReportedInOneLine() throws IOException {
    Path whole = dir.resolve("whole.pdf");
    Pdfs.text(whole, wrapped(STATEMENT_MARKDOWN));
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = file("cut.pdf", Arrays.copyOf(bytes, bytes.length / 3));
    Path header = file("header.pdf", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog".getBytes(StandardCharsets.ISO_8859_1));

    for (Path damaged : List.of(cut, header)) {
      Run run = bali("import", damaged.toString());

      assertEquals(Bali.USAGE, run.status(), run.err());
      assertEquals(1, run.err().lines().count(), run.err());
      assertTrue(run.err().startsWith("bali import: " + damaged + ": is a "), run.err());
    }
  }

  @Test
  void aPdfOfMorePagesThanAnyStatementHasIsRefused() throws IOException {
    Path pdf = dir.resolve("long.pdf");
    Pdfs.blankPages(pdf, PublishedText.MAX_PDF_PAGES + 1);

    Run run = bali("import", pdf.toString());

    assertEquals(Bali.USAGE, run.status());
    assertEquals("bali import: " + pdf + ": is a PDF of " + (PublishedText.MAX_PDF_PAGES + 1)
        + " pages, more than the " + PublishedText.MAX_PDF_PAGES + " bali import reads\n", run.err());
  }

  @Test
  void aPdfOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
    Path pdf = dir.resolve("huge.pdf");
    try (RandomAccessFile file = new RandomAccessFile(pdf.toFile(), "rw")) {
      file.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
      file.setLength(PublishedText.MAX_PDF_BYTES + 1);
    }

    long start = System.nanoTime();
    Run run = bali("import", pdf.toString());
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertEquals(Bali.USAGE, run.status());
    assertTrue(run.err().startsWith("bali import: " + pdf + ": is 20,971,521 bytes, larger than 20,971,520 bytes"),
        run.err());
    assertTrue(millis < 2_000, "refused in " + millis + " ms");
  }

  // --- inputs that are not a statement's text ----------------------------------------------------

  @Test
  void aMissingFileAnEmptyFileAndADirectoryAreIoErrors() throws IOException {
    Path empty = file("empty.txt", "");
    Path missing = dir.resolve("missing.md");

    assertEquals("bali import: " + missing + ": there is no such file or directory\n",
        bali("import", missing.toString()).err());
    assertEquals("bali import: " + empty + ": is empty: there is no text to import\n",
        bali("import", empty.toString()).err());
    assertEquals("bali import: " + dir + ": is a directory\n", bali("import", dir.toString()).err());
    assertEquals(Bali.USAGE, bali("import", empty.toString()).status());
  }

  @Test
  void aTenMegabyteLineIsRefusedQuickly() throws IOException {
    byte[] line = new byte[10 * 1024 * 1024];
    Arrays.fill(line, (byte) 'a');
    Path big = file("big.txt", line);

    long start = System.nanoTime();
    Run run = bali("import", big.toString());
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertEquals(Bali.USAGE, run.status());
    assertTrue(run.err().startsWith("bali import: " + big + ": is 10,485,760 bytes, larger than any text"),
        run.err());
    assertEquals(1, run.err().lines().count());
    assertTrue(millis < 5_000, "refused in " + millis + " ms");
  }

  @Test
  void aTextLongerThanTheImporterReadsIsItsReportWithoutADraft() throws IOException {
    String line = "Members noted the report of the Working Group.\n";
    Path longText = file("long.txt", line.repeat(StatementImporter.DEFAULT_MAX_CHARACTERS / line.length() + 1));

    Run run = bali("import", longText.toString());

    assertEquals(Bali.INVALID, run.status());
    assertEquals("", run.out());
    List<String> lines = run.err().lines().toList();
    assertEquals(2, lines.size(), run.err());
    assertTrue(lines.get(0).startsWith(longText + ":"), run.err());
    assertTrue(lines.get(0).contains(" ERROR " + IssueCode.IMPORT_LIMIT_SIZE.code() + " "), run.err());
  }

  @Test
  void binaryBytesAreNotText() throws IOException {
    byte[] bytes = new byte[4096];
    new java.util.Random(9).nextBytes(bytes);
    bytes[10] = 0;
    Path binary = file("statement.txt", bytes);

    Run run = bali("import", binary.toString());

    assertEquals(Bali.USAGE, run.status());
    assertTrue(run.err().startsWith("bali import: " + binary + ": is binary, not text: it holds a NUL byte"),
        run.err());
  }

  @Test
  void textInAnotherEncodingIsRefusedAtItsFirstForeignByte() throws IOException {
    String secondLine = "Co-Chairs' Statement, Türkiye";
    byte[] latin1 = ("Bali Process\n" + secondLine + "\n").getBytes(StandardCharsets.ISO_8859_1);
    Path txt = file("statement.txt", latin1);

    Run run = bali("import", txt.toString());

    assertEquals(Bali.USAGE, run.status());
    assertTrue(run.err().startsWith("bali import: " + txt
        + ": is not UTF-8 text: the byte 0xFC at line 2, byte " + (secondLine.indexOf('ü') + 1)
        + " of the line is not UTF-8"), run.err());
    assertEquals(run.err(), baliWithBytes(latin1, "import", "-").err().replace("<stdin>", txt.toString()));
  }

  @Test
  void aFileWithAnyOtherNameIsReadAsText() throws IOException {
    byte[] bytes = {'a', 'b', (byte) 0xC3};
    Path other = file("statement.rtf", bytes);

    Run run = bali("import", other.toString());

    assertTrue(run.err().startsWith("bali import: " + other + ": is not UTF-8 text"), run.err());
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheText() throws IOException {
    byte[] text = "Bali Process".getBytes(StandardCharsets.UTF_8);
    byte[] marked = new byte[text.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(text, 0, marked, 3, text.length);

    PublishedText.Outcome read = PublishedText.read(file("bom.txt", marked).toString(), null);

    assertEquals("Bali Process", read.text().get().text());
  }

  // --- command line --------------------------------------------------------------------------

  @Test
  void importTakesAtMostOneFileAndWordsUsageErrorsAsEveryCommand() {
    Run two = bali("import", "a.txt", "b.txt");
    assertEquals(Bali.USAGE, two.status());
    assertEquals("bali import: takes at most one FILE, not 2\nTry 'bali import --help'.\n", two.err());
    assertEquals("bali import: unknown option '--bogus'\nTry 'bali import --help'.\n",
        bali("import", "--bogus").err());
  }

  @Test
  void importHasHelpThatFitsInEightyColumns() {
    assertEquals(Bali.IMPORT_HELP, bali("import", "--help").out());
    assertEquals(Bali.IMPORT_HELP, bali("help", "import").out());
    assertTrue(Bali.IMPORT_HELP.startsWith("Usage: bali import "));
    Bali.IMPORT_HELP.lines().forEach(line -> assertTrue(line.length() <= 80, line));
    assertTrue(Bali.HELP.contains("import [FILE]"));
  }
}
