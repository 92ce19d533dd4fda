package org.balimodel.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.balimodel.core.model.Statement;
import org.balimodel.core.register.Register;
import org.balimodel.core.text.Draft;
import org.balimodel.core.text.StatementImporter;
import org.balimodel.core.validation.Issue;
import org.balimodel.core.validation.Report;
import org.balimodel.core.validation.StatementValidator;
import org.balimodel.examples.cli.Documents.Document;
import org.balimodel.examples.cli.PublishedText.Outcome;
import org.balimodel.examples.cli.PublishedText.Text;
import org.balimodel.json.BaliJson;
import org.balimodel.json.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bali import [FILE] [-o OUT] [--json]}: reads the published text of a statement (plain
 * text, Markdown or PDF; the bundled seed's text without FILE) into a draft statement document for
 * a person to review. The draft goes to standard output or OUT; what the reviewer should check —
 * the importer's report, then the validation of the draft — goes to standard error, worded and
 * counted as {@code bali validate} words and counts it, so that the exit status means the same.
 */
@Command(name = "import")
final class ImportCommand implements Callable<Integer> {

  private final Console console;
  private final Register register;
  private final Function<CharSequence, Draft> importer;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  private boolean help;

  @Option(names = "--json")
  private boolean json;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT")
  private Path output;

  @Parameters(arity = "0..*")
  private List<String> files = List.of();

  ImportCommand(Console console) {
    // The importer is built when the command runs: every run of bali builds every command.
    this(console, Register.baliProcess(), text -> StatementImporter.of(Register.baliProcess()).read(text));
  }

  /** The command with another importer: the command's contract is tested apart from the reader's. */
  ImportCommand(Console console, Register register, Function<CharSequence, Draft> importer) {
    this.console = console;
    this.register = register;
    this.importer = importer;
  }

  @Override
  public Integer call() {
    if (files.size() > 1) {
      return console.usageError("import", "takes at most one FILE, not " + files.size());
    }
    Outcome read = files.isEmpty() ? PublishedText.seed() : PublishedText.read(files.get(0), console);
    if (read.unreadable().isPresent()) {
      Documents.Unreadable unreadable = read.unreadable().get();
      console.unreadable("import", unreadable.name(), unreadable.reason());
      return Bali.USAGE;
    }
    Text text = read.text().get();

    Draft draft = importer.apply(text.text());
    Report report = draft.report();
    if (draft.statement().isPresent()) {
      report = withoutRepeats(report, StatementValidator.create(register).validate(draft.statement().get()));
    }
    Document document = new Document(text.name(), new ReadResult(draft.statement(), report));

    boolean written = draft.statement().isEmpty() || write(draft.statement().get());
    Tally tally = Tally.of(List.of(document), List.of());
    if (json) {
      console.err().println(JsonReport.of(List.of(document), List.of(), tally));
    } else {
      TextReport.print(console.err(), List.of(document), tally);
    }
    return written ? tally.status() : Bali.USAGE;
  }

  /**
   * The importer's report, then what validating the draft adds to it: an importer may check a
   * rule itself, and the reviewer should read each finding once.
   */
  private static Report withoutRepeats(Report imported, Report validated) {
    Set<List<Object>> seen = new HashSet<>();
    for (Issue issue : imported.issues()) {
      seen.add(key(issue));
    }
    List<Issue> added = new ArrayList<>();
    for (Issue issue : validated.issues()) {
      if (seen.add(key(issue))) {
        added.add(issue);
      }
    }
    return imported.and(new Report(added));
  }

  private static List<Object> key(Issue issue) {
    return List.of(issue.severity(), issue.code(), issue.pointer(), issue.message());
  }

  /** Writes the draft to OUT or standard output; false, after saying why, when OUT cannot be. */
  private boolean write(Statement statement) {
    byte[] bytes = BaliJson.create().writePrettyBytes(statement);
    if (output == null) {
      console.out().write(bytes, 0, bytes.length);
      console.out().flush();
      return true;
    }
    if (Files.isDirectory(output)) {
      console.unreadable("import", output.toString(), Documents.IS_A_DIRECTORY);
      return false;
    }
    try {
      // Written beside OUT and then moved, so that a failed write never leaves half a document.
      Path absolute = output.toAbsolutePath();
      Path temporary = Files.createTempFile(absolute.getParent(), ".bali-import-", ".json");
      try {
        Files.write(temporary, bytes);
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temporary);
      }
      return true;
    } catch (IOException e) {
      String reason = e instanceof AccessDeniedException ? "permission denied"
          : e instanceof NoSuchFileException ? "its directory does not exist"
          : "cannot be written" + Console.describe(e);
      console.unreadable("import", output.toString(), reason);
      return false;
    }
  }
}
