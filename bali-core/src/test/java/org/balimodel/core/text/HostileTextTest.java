package org.balimodel.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.Statement;
import org.balimodel.core.register.Register;
import org.balimodel.core.validation.Issue;
import org.balimodel.core.validation.IssueCode;
import org.balimodel.core.validation.Severity;
import org.balimodel.core.validation.StatementValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Texts no statement is, sent to the importer as a service would receive them: huge, binary,
 * empty, or built to make a careless pattern backtrack. Whatever the text, a read answers within a
 * bound, never throws, gives a draft or says with an {@code import.*} error why there is none,
 * keeps its report bounded, and any draft it gives can be validated.
 *
 * <p>Each read is timed; the times are printed after the class (they are measurements for the
 * reader's documentation, not assertions: the bound is generous so that a loaded machine does not
 * fail the build, and a super-linear path would still overrun it by far).
 */
class HostileTextTest {
  private static final StatementImporter IMPORTER = StatementImporter.of(Register.baliProcess());
  private static final StatementValidator VALIDATOR = StatementValidator.create();
  /** Generous: a linear read of a 1,000,000-character text takes about 3 s on a loaded two-core machine. */
  private static final Duration BOUND = Duration.ofSeconds(10);
  private static final int LIMIT = StatementImporter.DEFAULT_MAX_CHARACTERS;
  private static final Set<String> REFUSALS = Set.of(IssueCode.IMPORT_LIMIT_SIZE.code(), IssueCode.IMPORT_NOT_TEXT.code(),
      IssueCode.IMPORT_NO_STATEMENT.code());
  /** A masthead that gives a date, so that a text gets past the masthead to its paragraphs. */
  private static final String MASTHEAD = "The Bali Process\n\n16th Ad Hoc Group Senior Officials' Meeting\n\nBali, Indonesia, 6 December 2022\n\n"
      + "Co-Chairs' Statement\n\n";
  private static final Map<String, String> TIMES = new TreeMap<>();

  @BeforeAll
  static void warmUp() {
    // The first read loads the register's names and the reader's classes: not the cost of a text.
    IMPORTER.read(MASTHEAD + "1. The meeting welcomed the work of the RSO.\n");
  }

  @AfterAll
  static void printTimes() {
    System.out.println("Hostile texts, one read each (ms, characters, outcome):");
    TIMES.forEach((name, line) -> System.out.println(String.format(Locale.ROOT, "  %-60s %s", name, line)));
  }

  // ---------------------------------------------------------------- size

  @Test
  void tenMegabytesOnOneLineWithSpacesAreRefusedForTheirSize() {
    Draft draft = read("10 MB, one line, with spaces", repeat("The meeting welcomed progress ", 10_000_000));
    assertRefused(draft, IssueCode.IMPORT_LIMIT_SIZE);
  }

  @Test
  void tenMegabytesOnOneLineWithoutSpacesAreRefusedForTheirSize() {
    Draft draft = read("10 MB, one line, no spaces", "x".repeat(10_000_000));
    assertRefused(draft, IssueCode.IMPORT_LIMIT_SIZE);
  }

  @Test
  void oneCharacterOverTheLimitIsRefusedAndExactlyTheLimitIsRead() {
    assertRefused(read("limit + 1 characters of statement text", statementText(LIMIT + 1)), IssueCode.IMPORT_LIMIT_SIZE);
    Draft draft = read("exactly the limit: numbered paragraphs", statementText(LIMIT));
    assertTrue(draft.statement().isPresent(), draft.report()::toString);
  }

  @Test
  void exactlyTheLimitOnOneLineIsReadWithinTheBound() {
    read("exactly the limit: one line of sentences", MASTHEAD + repeat("The meeting welcomed progress. ", LIMIT - MASTHEAD.length()));
    read("exactly the limit: one line, no spaces", MASTHEAD + "x".repeat(LIMIT - MASTHEAD.length()));
  }

  // ---------------------------------------------------------------- nothing to read

  @Test
  void aTextOfHeadingsOnlyIsNoStatement() {
    assertRefused(read("only headings", "# The Bali Process\n\n## Co-Chairs' Statement\n\n### Key Themes\n\n#### Other Matters\n"),
        IssueCode.IMPORT_NO_STATEMENT);
  }

  @Test
  void aTextOfWhitespaceOnlyOrNothingIsNoStatement() {
    assertRefused(read("only whitespace", " \n\t\n\r\n   \u00A0\f\n".repeat(1000)), IssueCode.IMPORT_NO_STATEMENT);
    assertRefused(read("empty string", ""), IssueCode.IMPORT_NO_STATEMENT);
  }

  // ---------------------------------------------------------------- not text

  @Test
  void binaryBytesDecodedAsLatin1AreNotText() {
    byte[] bytes = new byte[200_000];
    new SplittableRandom(20221206L).nextBytes(bytes);
    assertRefused(read("random bytes as ISO-8859-1", new String(bytes, StandardCharsets.ISO_8859_1)), IssueCode.IMPORT_NOT_TEXT);
    assertRefused(read("NULs", "\u0000".repeat(100_000)), IssueCode.IMPORT_NOT_TEXT);
    assertRefused(read("a statement with one NUL at its end", statementText(50_000) + "\u0000"), IssueCode.IMPORT_NOT_TEXT);
  }

  @Test
  void loneSurrogatesAreNotText() {
    assertRefused(read("a lone high surrogate", MASTHEAD + "1. The meeting welcomed \uD83D progress.\n"), IssueCode.IMPORT_NOT_TEXT);
    assertRefused(read("a lone low surrogate", MASTHEAD + "1. The meeting welcomed \uDE00 progress.\n"), IssueCode.IMPORT_NOT_TEXT);
    assertRefused(read("surrogates reversed, 100,000 times", "\uDE00\uD83D".repeat(100_000)), IssueCode.IMPORT_NOT_TEXT);
    // Paired surrogates are text: an emoji in a statement is odd, not binary.
    Draft draft = read("paired surrogates", MASTHEAD + "1. The meeting welcomed progress \uD83D\uDE00.\n");
    assertTrue(draft.statement().isPresent(), draft.report()::toString);
  }

  @Test
  void aPdfThatIsNotAPdfIsNotText() {
    byte[] body = new byte[100_000];
    new SplittableRandom(7L).nextBytes(body);
    String pdf = "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n1 0 obj\n<< /Type /Catalog >>\nstream\n" + new String(body, StandardCharsets.ISO_8859_1);
    assertRefused(read("%PDF-1.7 then binary", pdf), IssueCode.IMPORT_NOT_TEXT);
  }

  // ---------------------------------------------------------------- texts that must be read within the bound

  static Stream<Arguments> texts() {
    String[] ordinals = {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight"};
    String[] words = {"we", "noted", "a", "plan", "of", "the", "RSO", "in", "2023", "Members", "welcomed"};
    List<Arguments> texts = new ArrayList<>();
    // Many small parts.
    texts.add(text("100,000 tiny paragraphs", () -> MASTHEAD + "Ok.\n\n".repeat(100_000)));
    texts.add(text("50,000 bullets", () -> MASTHEAD + "1. The meeting welcomed:\n" + "* a\n".repeat(50_000)));
    texts.add(text("45,000 printed bullets with verbs", () -> MASTHEAD + "1. Senior officials:\n" + "• welcomed the RSO;\n".repeat(45_000)));
    // Nesting.
    texts.add(text("20,000 headings, levels 1 to 6 in turn", () -> MASTHEAD
        + words(20_000, i -> "#".repeat(1 + i % 6) + " Heading " + i + "\n\nThe meeting noted it.\n")));
    texts.add(text("20,000 list items indented 0 to 39 spaces", () -> MASTHEAD + "1. The meeting welcomed:\n"
        + words(20_000, i -> " ".repeat(i % 40) + (i % 2 == 0 ? "* " : "- ") + "(a) item " + i + "\n")));
    texts.add(text("a blockquote 100,000 deep", () -> MASTHEAD + ">".repeat(100_000) + " The meeting welcomed progress.\n"));
    texts.add(text("a heading of 100,000 #", () -> MASTHEAD + "#".repeat(100_000) + " Key Themes\n\n1. The meeting welcomed progress.\n"));
    texts.add(text("a heading followed by 100,000 spaces and #", () -> MASTHEAD + "# Key" + " ".repeat(100_000) + "x #\n\n1. The meeting noted it.\n"));
    // No sentence end.
    texts.add(text("200,000 words, no full stop", () -> MASTHEAD + "1. " + words(200_000, i -> words[i % words.length]) + "\n"));
    // What the patterns look for, over and over.
    texts.add(sentence("Priority One, Two, … 50,000 times", () -> "Priorities " + words(50_000, i -> ordinals[i % ordinals.length] + ",")));
    texts.add(sentence("Priorities One and Two and … 50,000 times", () -> "Priorities " + words(50_000, i -> ordinals[i % ordinals.length] + " and")));
    texts.add(sentence("the the the … 100,000 times", () -> words(100_000, i -> "the")));
    texts.add(sentence("10,000 commas", () -> ",".repeat(10_000)));
    texts.add(sentence("10,000 commas between words", () -> words(10_000, i -> "members,")));
    texts.add(sentence("10,000 capitalised words", () -> words(10_000, i -> "Regional")));
    texts.add(sentence("10,000 capitalised words of names", () -> words(10_000, i -> i % 2 == 0 ? "Working" : "Group")));
    texts.add(sentence("100,000 (", () -> "(".repeat(100_000)));
    texts.add(sentence("100,000 )", () -> ")".repeat(100_000)));
    texts.add(sentence("100,000 [", () -> "[".repeat(100_000)));
    texts.add(sentence("50,000 [a](", () -> "[a](".repeat(50_000)));
    texts.add(sentence("100,000 <", () -> "<".repeat(100_000)));
    texts.add(sentence("50,000 <sup", () -> "<sup".repeat(50_000)));
    texts.add(sentence("100,000 backslashes", () -> "\\".repeat(100_000)));
    texts.add(sentence("100,000 &", () -> "&".repeat(100_000)));
    texts.add(sentence("a number of 100,000 digits", () -> "9".repeat(100_000)));
    texts.add(sentence("100,000 dots", () -> ".".repeat(100_000)));
    texts.add(sentence("50,000 'Mr. '", () -> "Mr. ".repeat(50_000)));
    texts.add(sentence("99 December 99999, 20,000 times", () -> words(20_000, i -> "99 December 99999,")));
    texts.add(sentence("from 31 February 2023 to 40 March 2024, 10,000 times", () -> words(10_000, i -> "from 31 February 2023 to 40 March 2024,")));
    texts.add(sentence("16th 17th 18th … 50,000 ordinals", () -> words(50_000, i -> (i % 200) + "th")));
    texts.add(sentence("the intention of the WG-D to hold a meeting in 2023, 5,000 times",
        () -> words(5_000, i -> "the intention of the WG-D to hold a meeting in 2023,")));
    texts.add(sentence("WG-TIP WG-D RSO … 50,000 acronyms", () -> words(50_000, i -> i % 3 == 0 ? "WG-TIP" : i % 3 == 1 ? "WG-D" : "RSO")));
    texts.add(sentence("held in Bali, Indonesia, 10,000 times", () -> words(10_000, i -> "held in Bali, Indonesia")));
    // Markup.
    texts.add(text("a line of 300,000 *", () -> MASTHEAD + "*".repeat(300_000) + "\n\n1. The meeting noted it.\n"));
    texts.add(text("a paragraph of 300,000 *", () -> MASTHEAD + "1. The meeting welcomed " + "*".repeat(300_000) + "\n"));
    texts.add(text("*** runs: 100,000 × '*** '", () -> MASTHEAD + "1. " + "*** ".repeat(100_000) + "\n"));
    texts.add(text("emphasis opened 100,000 times, never closed", () -> MASTHEAD + "1. " + "*a ".repeat(100_000) + "\n"));
    texts.add(text("emphasis nested: '**_' 100,000 times", () -> MASTHEAD + "1. " + "**_".repeat(100_000) + "x\n"));
    texts.add(text("underscores: 300,000 _", () -> MASTHEAD + "1. " + "_".repeat(300_000) + "\n"));
    texts.add(text("words in emphasis: '*a* ' 100,000 times", () -> MASTHEAD + "1. " + "*a* ".repeat(100_000) + "\n"));
    texts.add(text("a bold line of 200,000 characters", () -> MASTHEAD + "**" + "Key Themes ".repeat(18_000) + "**\n\n1. The meeting welcomed it.\n"));
    texts.add(text("100,000 rules", () -> MASTHEAD + "---\n".repeat(100_000) + "\n1. The meeting noted it.\n"));
    texts.add(text("50,000 setext headings", () -> MASTHEAD + "Key Themes\n===\n\n".repeat(50_000) + "1. The meeting noted it.\n"));
    return texts.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void aHostileTextIsReadWithinTheBoundAndNeverFails(String name, Supplier<String> text) {
    read(name, text.get());
  }

  private static Arguments text(String name, Supplier<String> text) {
    return Arguments.of(name, text);
  }

  /** The words in a statement: "1. The meeting welcomed ….", and again with no full stop. */
  private static Arguments sentence(String name, Supplier<String> words) {
    return Arguments.of(name, (Supplier<String>) () -> {
      String w = words.get();
      return MASTHEAD + "1. The meeting welcomed " + w + ".\n\n2. Members noted " + w + "\n";
    });
  }

  // ---------------------------------------------------------------- the checks

  /** A read, timed and held to the bound, with the checks every read must pass. */
  private static Draft read(String name, String text) {
    long[] nanos = new long[1];
    Thread[] worker = new Thread[1];
    Draft draft = assertTimeoutPreemptively(BOUND, () -> {
      worker[0] = Thread.currentThread();
      long start = System.nanoTime();
      Draft read = IMPORTER.read(text);
      nanos[0] = System.nanoTime() - start;
      return read;
    }, () -> {
      TIMES.put(name, String.format(Locale.ROOT, "%8s     %,10d chars  no answer within %s", "-", text.length(), BOUND));
      return name + ": no answer within " + BOUND + "; the reader was at\n" + stopped(worker[0]);
    });
    String outcome = draft.statement().map(s -> "draft, " + s.paragraphs().size() + " paragraphs, " + s.decisions().size() + " decisions")
        .orElseGet(() -> "no draft: " + draft.report().issues().get(0).code());
    TIMES.put(name, String.format(Locale.ROOT, "%8.1f ms  %,10d chars  %s, %d issues", nanos[0] / 1e6, text.length(), outcome,
        draft.report().issues().size()));
    assertHolds(name, draft);
    return draft;
  }

  /**
   * Where a read that overran the bound was, and the read stopped: left running, it would hold a
   * processor for minutes and slow every test after it.
   */
  @SuppressWarnings({"removal", "deprecation"})
  private static String stopped(Thread thread) {
    if (thread == null) {
      return "(not started)";
    }
    String where = Arrays.stream(thread.getStackTrace()).filter(f -> f.getClassName().startsWith("org.balimodel.core.text"))
        .limit(6).map(f -> "    " + f).collect(Collectors.joining("\n"));
    thread.stop();
    return where;
  }

  private static void assertHolds(String name, Draft draft) {
    for (Issue issue : draft.report().issues()) {
      // The importer turns a fault of its own into a refusal; for these texts that is a bug, not an answer.
      assertFalse(issue.message().contains("the reader failed"), () -> name + ": " + issue);
    }
    assertTrue(draft.report().issues().size() <= Review.MAX_ISSUES + 1, () -> name + ": " + draft.report().issues().size() + " issues");
    if (draft.statement().isEmpty()) {
      assertTrue(draft.report().issues().stream().anyMatch(i -> i.severity() == Severity.ERROR && REFUSALS.contains(i.code())),
          () -> name + ": no draft and no import error: " + draft.report());
      return;
    }
    Statement statement = draft.statement().get();
    for (Paragraph paragraph : statement.paragraphs()) {
      assertFalse(paragraph.text().isBlank(), () -> name + ": a blank paragraph " + paragraph.number());
    }
    // Validation of a draft may report anything; it must not fail.
    VALIDATOR.validate(statement);
  }

  private static void assertRefused(Draft draft, IssueCode code) {
    assertTrue(draft.statement().isEmpty(), "a draft");
    assertEquals(Set.of(code.code()), draft.report().issues().stream().filter(i -> i.severity() == Severity.ERROR)
        .map(Issue::code).collect(Collectors.toSet()), draft.report()::toString);
  }

  // ---------------------------------------------------------------- texts

  private static String repeat(String unit, int length) {
    StringBuilder out = new StringBuilder(length + unit.length());
    while (out.length() < length) {
      out.append(unit);
    }
    out.setLength(length);
    return out.toString();
  }

  private static String words(int count, IntFunction<String> word) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(word.apply(i));
    }
    return out.toString();
  }

  /** A statement of numbered paragraphs, cut or padded to exactly {@code length} characters. */
  private static String statementText(int length) {
    StringBuilder out = new StringBuilder(MASTHEAD);
    int n = 1;
    while (out.length() < length) {
      out.append(n % 999 + 1).append(". The meeting welcomed the work of the RSO and noted the intention of the WG-D to hold a meeting in 2023.\n\n");
      n++;
    }
    out.setLength(length);
    // The cut may end inside a paragraph: it is still text.
    return out.toString();
  }
}
