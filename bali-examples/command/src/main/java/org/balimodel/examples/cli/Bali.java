package org.balimodel.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.balimodel.core.model.Statement;
import org.balimodel.core.register.Register;
import org.balimodel.core.validation.Issue;
import org.balimodel.core.validation.Report;
import org.balimodel.core.validation.Severity;
import org.balimodel.examples.Seed;
import org.balimodel.examples.render.MarkdownRenderer;
import org.balimodel.examples.summary.Summary;
import org.balimodel.json.BaliJson;
import org.balimodel.core.validation.IssueCode;
import org.balimodel.json.ReadResult;

/**
 * The {@code bali} command: summarise, validate and render Bali Process statement documents.
 *
 * <pre>
 * java -jar bali.jar summary [FILE]
 * java -jar bali.jar validate [--json] [--lenient] FILE|DIR...
 * java -jar bali.jar render [FILE]
 * </pre>
 *
 * <p>Exit status: 0 when every statement is valid (warnings and notes allowed), 1 when any has an
 * error, 2 for a usage error or a file that cannot be read. Bad input is always reported as
 * issues, never as a stack trace. Output is UTF-8.
 */
public final class Bali {

  /** Every statement read is valid. */
  public static final int OK = 0;

  /** At least one statement has an error. */
  public static final int INVALID = 1;

  /** The command line is wrong, or a file could not be read. */
  public static final int USAGE = 2;

  static final String HELP =
      """
      Usage: bali COMMAND [OPTIONS] [ARGUMENTS]

      Summarise, validate and render statements of the Bali Process on People
      Smuggling, Trafficking in Persons and Related Transnational Crime, stored as
      bali JSON documents (formatVersion 1).

      Commands:
        summary [FILE]                     the facts of a statement on one page;
                                           without FILE, the bundled seed statement
        validate [--json] [--lenient] FILE|DIR...
                                           check documents, one line per issue
        render [FILE]                      the statement's text as Markdown
        help [COMMAND]                     this text, or a command's

      Options:
        -h, --help                         show help (also after a command)

      Exit status: 0 valid (warnings allowed), 1 an error in any statement,
      2 usage or I/O error.

      The bundled seed is the Co-Chairs' Statement of the 16th Ad Hoc Group Senior
      Officials' Meeting (Bali, 6 December 2022).
      """;

  static final String SUMMARY_HELP =
      """
      Usage: bali summary [FILE]

      Prints the facts of a statement, readable in 80 columns: the meeting (kind,
      ordinal, date, place, format), its co-chairs and participants (states and
      organisations), the decisions grouped by force and operative verb, the
      commitments with owners and target dates, the priorities referenced, and the
      validation result. Names come from the canonical register of the Bali
      Process; identifiers it does not hold are printed as they are.

      Without FILE, summarises the bundled seed statement (the 16th AHG SOM,
      6 December 2022).

      Exit status: 0 valid, 1 the statement has errors (or cannot be read as a
      statement; its issues go to standard error), 2 usage or I/O error.
      """;

  static final String VALIDATE_HELP =
      """
      Usage: bali validate [--json] [--lenient] FILE|DIR...

      Reads each statement document, checks it against the JSON format, the
      constraints of the model and the rules of the Bali Process, and prints one
      line per issue:

        FILE:LINE:COLUMN: SEVERITY CODE POINTER message

      then a one-line total. SEVERITY is ERROR, WARNING or INFO; CODE is a stable
      code such as reference.unresolved; POINTER is the JSON Pointer of the value
      ("/" for the whole document). A directory stands for every *.json file in
      it and its subdirectories, in name order.

      Options:
        --json       print one machine-readable JSON report instead
        --lenient    report unknown properties as warnings, not errors
        -h, --help   show this text

      Exit status: 0 every file valid (warnings allowed), 1 any file has an
      error, 2 usage error or a file that cannot be read.
      """;

  static final String RENDER_HELP =
      """
      Usage: bali render [FILE]

      Prints the statement's masthead, title, headings and paragraphs as Markdown,
      verbatim, in reading order. Without FILE, renders the bundled seed statement.

      Exit status: 0 rendered, 1 the document cannot be read as a statement (its
      issues go to standard error), 2 usage or I/O error.
      """;

  // Hibernate Validator announces its version through java.util.logging on first use; the
  // command's output is its report, so quieten it. The reference keeps the level from being lost
  // when the logger is garbage collected.
  private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate.validator");

  private final PrintStream out;
  private final PrintStream err;

  private Bali(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the command and exits with its status. */
  public static void main(String[] args) {
    // UTF-8 whatever the platform's default: statements quote names such as "Türkiye".
    PrintStream out = utf8(FileDescriptor.out);
    PrintStream err = utf8(FileDescriptor.err);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the command with {@code args}, writing to {@code out} and {@code err}, and returns its
   * exit status ({@link #OK}, {@link #INVALID} or {@link #USAGE}). Never throws.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    HIBERNATE_LOG.setLevel(Level.WARNING);
    Bali bali = new Bali(out, err);
    try {
      return bali.dispatch(List.of(args));
    } catch (UsageException e) {
      err.println("bali" + e.command.map(c -> " " + c).orElse("") + ": " + e.getMessage());
      err.println("Try 'bali " + e.command.map(c -> c + " ").orElse("") + "--help'.");
      return USAGE;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A bug of bali, not of the input: say so in one line rather than as a stack trace.
      err.println("bali: internal error: " + e.getClass().getSimpleName() + describe(e));
      return USAGE;
    }
  }

  private int dispatch(List<String> args) {
    if (args.isEmpty()) {
      err.print(HELP);
      return USAGE;
    }
    String command = args.get(0);
    List<String> rest = args.subList(1, args.size());
    return switch (command) {
      case "-h", "--help" -> help(rest);
      case "help" -> help(rest);
      case "summary" -> summary(rest);
      case "validate" -> validate(rest);
      case "render" -> render(rest);
      default -> throw new UsageException(
          Optional.empty(),
          (command.startsWith("-") ? "unknown option " : "unknown command ") + quote(command));
    };
  }

  private int help(List<String> args) {
    if (args.isEmpty()) {
      out.print(HELP);
      return OK;
    }
    String text =
        switch (args.get(0)) {
          case "summary" -> SUMMARY_HELP;
          case "validate" -> VALIDATE_HELP;
          case "render" -> RENDER_HELP;
          case "help" -> HELP;
          default -> throw new UsageException(
              Optional.empty(), "no help for " + quote(args.get(0)));
        };
    out.print(text);
    return OK;
  }

  // --- summary --------------------------------------------------------------------------------

  private int summary(List<String> args) {
    Arguments parsed = Arguments.parse("summary", args, List.of());
    if (parsed.help) {
      out.print(SUMMARY_HELP);
      return OK;
    }
    Input input = single("summary", parsed);
    BaliJson json = BaliJson.create();
    Optional<Read> read = input.read(json, "summary", err);
    if (read.isEmpty()) {
      return USAGE;
    }
    ReadResult result = read.get().result;
    if (result.statement().isEmpty()) {
      printIssues(err, read.get().name, result.report());
      return INVALID;
    }
    out.print(Summary.of(result.statement().get(), Register.baliProcess(), result.report()));
    return result.report().isValid() ? OK : INVALID;
  }

  // --- render ---------------------------------------------------------------------------------

  private int render(List<String> args) {
    Arguments parsed = Arguments.parse("render", args, List.of());
    if (parsed.help) {
      out.print(RENDER_HELP);
      return OK;
    }
    Input input = single("render", parsed);
    Optional<Read> read = input.read(BaliJson.create(), "render", err);
    if (read.isEmpty()) {
      return USAGE;
    }
    Optional<Statement> statement = read.get().result.statement();
    if (statement.isEmpty()) {
      printIssues(err, read.get().name, read.get().result.report());
      return INVALID;
    }
    out.print(MarkdownRenderer.render(statement.get()));
    return OK;
  }

  private Input single(String command, Arguments parsed) {
    if (parsed.operands.size() > 1) {
      throw new UsageException(
          Optional.of(command), "takes at most one FILE, not " + parsed.operands.size());
    }
    return parsed.operands.isEmpty() ? Input.SEED : new Input(Path.of(parsed.operands.get(0)));
  }

  // --- validate -------------------------------------------------------------------------------

  private int validate(List<String> args) {
    Arguments parsed = Arguments.parse("validate", args, List.of("--json", "--lenient"));
    if (parsed.help) {
      out.print(VALIDATE_HELP);
      return OK;
    }
    if (parsed.operands.isEmpty()) {
      throw new UsageException(Optional.of("validate"), "needs at least one FILE or DIR");
    }
    boolean asJson = parsed.options.contains("--json");
    BaliJson json = BaliJson.builder().lenient(parsed.options.contains("--lenient")).build();

    List<Path> files = new ArrayList<>();
    List<String[]> ioErrors = new ArrayList<>();
    for (String operand : parsed.operands) {
      Path path = Path.of(operand);
      if (Files.isDirectory(path)) {
        try {
          files.addAll(jsonFilesIn(path));
        } catch (IOException | UncheckedIOException e) {
          ioErrors.add(new String[] {operand, "the directory could not be read" + describe(e)});
        }
      } else if (!Files.exists(path)) {
        ioErrors.add(new String[] {operand, "there is no such file or directory"});
      } else {
        files.add(path);
      }
    }

    List<Read> reads = new ArrayList<>();
    for (Path file : files) {
      ReadResult result = json.read(file);
      Optional<Issue> ioIssue = ioIssue(result);
      if (ioIssue.isPresent()) {
        ioErrors.add(new String[] {file.toString(), ioIssue.get().message()});
      } else {
        reads.add(new Read(file.toString(), result));
      }
    }
    if (reads.isEmpty() && ioErrors.isEmpty()) {
      ioErrors.add(new String[] {String.join(" ", parsed.operands), "no *.json files found"});
    }

    for (String[] ioError : ioErrors) {
      err.println("bali validate: " + ioError[0] + ": " + ioError[1]);
    }
    if (asJson) {
      out.println(jsonReport(reads, ioErrors));
    } else {
      for (Read read : reads) {
        printIssues(out, read.name, read.result.report());
      }
      out.println(total(reads, ioErrors.size()));
    }
    if (!ioErrors.isEmpty()) {
      return USAGE;
    }
    return reads.stream().allMatch(r -> r.result.isValid()) ? OK : INVALID;
  }

  private static List<Path> jsonFilesIn(Path directory) throws IOException {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
          .sorted()
          .toList();
    }
  }

  /** {@code FILE:LINE:COLUMN: SEVERITY CODE POINTER message}, one line per issue. */
  static void printIssues(PrintStream to, String name, Report report) {
    for (Issue issue : report.issues()) {
      to.println(issueLine(name, issue));
    }
  }

  static String issueLine(String name, Issue issue) {
    String where =
        issue.location().map(l -> name + ":" + l.line() + ":" + l.column() + ":").orElse(name + ":");
    return where + " " + issue.severity() + " " + issue.code() + " " + pointer(issue) + " "
        + oneLine(issue.message());
  }

  private static String total(List<Read> reads, int unreadable) {
    long invalid = reads.stream().filter(r -> !r.result.isValid()).count();
    long errors = sum(reads, Severity.ERROR);
    long warnings = sum(reads, Severity.WARNING);
    long notes = sum(reads, Severity.INFO);
    return count(reads.size() + unreadable, "file") + ": "
        + (reads.size() - invalid) + " valid, " + invalid + " invalid"
        + (unreadable > 0 ? ", " + unreadable + " unreadable" : "") + "; "
        + count(errors, "error") + ", " + count(warnings, "warning") + ", " + count(notes, "note");
  }

  private static String jsonReport(List<Read> reads, List<String[]> ioErrors) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      boolean valid = ioErrors.isEmpty() && reads.stream().allMatch(r -> r.result.isValid());
      g.writeBooleanField("valid", valid);
      g.writeNumberField("files", reads.size() + ioErrors.size());
      g.writeNumberField("errors", sum(reads, Severity.ERROR));
      g.writeNumberField("warnings", sum(reads, Severity.WARNING));
      g.writeNumberField("notes", sum(reads, Severity.INFO));
      g.writeArrayFieldStart("results");
      for (Read read : reads) {
        g.writeStartObject();
        g.writeStringField("file", read.name);
        g.writeBooleanField("valid", read.result.isValid());
        g.writeBooleanField("read", read.result.statement().isPresent());
        g.writeArrayFieldStart("issues");
        for (Issue issue : read.result.report().issues()) {
          g.writeStartObject();
          g.writeStringField("severity", issue.severity().name());
          g.writeStringField("code", issue.code());
          g.writeStringField("pointer", issue.pointer());
          if (issue.location().isPresent()) {
            g.writeNumberField("line", issue.location().get().line());
            g.writeNumberField("column", issue.location().get().column());
          }
          g.writeStringField("message", issue.message());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      for (String[] ioError : ioErrors) {
        g.writeStartObject();
        g.writeStringField("file", ioError[0]);
        g.writeBooleanField("valid", false);
        g.writeBooleanField("read", false);
        g.writeStringField("ioError", ioError[1]);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  // --- small pieces ---------------------------------------------------------------------------

  private static PrintStream utf8(FileDescriptor descriptor) {
    return new PrintStream(new FileOutputStream(descriptor), true, StandardCharsets.UTF_8);
  }

  /** The number of issues of one severity over all documents read. */
  private static long sum(List<Read> reads, Severity severity) {
    return reads.stream().mapToLong(r -> r.result.report().issues(severity).size()).sum();
  }

  /** The I/O failure a read reports, if reading failed for want of the file rather than its text. */
  private static Optional<Issue> ioIssue(ReadResult result) {
    return result.report().withCode(IssueCode.JSON_IO.code()).stream().findFirst();
  }

  private static String pointer(Issue issue) {
    return issue.pointer().isEmpty() ? "/" : issue.pointer();
  }

  /** Messages may quote user text; keep each issue on its one line. */
  private static String oneLine(String message) {
    return message.replaceAll("[\\r\\n\\t]+", " ");
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String quote(String value) {
    return "'" + oneLine(value) + "'";
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null ? "" : ": " + oneLine(e.getMessage());
  }

  /** Where a command's statement comes from: a file, or the bundled seed. */
  private record Input(Path file) {
    static final Input SEED = new Input(null);

    /** The read document, or empty (after saying why on standard error) when it cannot be read. */
    Optional<Read> read(BaliJson json, String command, PrintStream err) {
      if (file == null) {
        return Optional.of(new Read(Seed.NAME, json.read(Seed.bytes())));
      }
      if (Files.isDirectory(file)) {
        err.println("bali " + command + ": " + file + ": is a directory");
        return Optional.empty();
      }
      ReadResult result = json.read(file);
      Optional<Issue> ioIssue = ioIssue(result);
      if (ioIssue.isPresent()) {
        err.println("bali " + command + ": " + file + ": " + oneLine(ioIssue.get().message()));
        return Optional.empty();
      }
      return Optional.of(new Read(file.toString(), result));
    }
  }

  /** A document read, under the name issues are printed with. */
  private record Read(String name, ReadResult result) {}

  /** Options and operands of one command; {@code --} ends the options. */
  private static final class Arguments {
    final List<String> options = new ArrayList<>();
    final List<String> operands = new ArrayList<>();
    boolean help;

    static Arguments parse(String command, List<String> args, List<String> known) {
      Arguments parsed = new Arguments();
      boolean optionsEnded = false;
      for (String arg : args) {
        if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
          parsed.operands.add(arg);
        } else if (arg.equals("--")) {
          optionsEnded = true;
        } else if (arg.equals("-h") || arg.equals("--help")) {
          parsed.help = true;
        } else if (known.contains(arg)) {
          parsed.options.add(arg);
        } else {
          throw new UsageException(Optional.of(command), "unknown option " + quote(arg));
        }
      }
      return parsed;
    }
  }

  /** A command line bali cannot run. */
  private static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Optional<String> command;

    UsageException(Optional<String> command, String message) {
      super(message, null, false, false);
      this.command = command;
    }
  }
}
