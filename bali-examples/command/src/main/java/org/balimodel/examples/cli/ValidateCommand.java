package org.balimodel.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.balimodel.examples.cli.Documents.Document;
import org.balimodel.examples.cli.Documents.Found;
import org.balimodel.examples.cli.Documents.Outcome;
import org.balimodel.examples.cli.Documents.Unreadable;
import org.balimodel.json.BaliJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bali validate [--json] [--lenient] FILE|DIR...}: reads and checks every document named or
 * found below a directory, and reports every issue, as lines ({@link TextReport}) or as one JSON
 * report ({@link JsonReport}). An input that cannot be read is reported on standard error and the
 * others are still validated.
 */
@Command(name = "validate")
final class ValidateCommand implements Callable<Integer> {

  private final Console console;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  private boolean help;

  @Option(names = "--json")
  private boolean json;

  @Option(names = "--lenient")
  private boolean lenient;

  @Parameters(arity = "0..*")
  private List<String> operands = List.of();

  ValidateCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    if (operands.isEmpty()) {
      return console.usageError("validate", "needs at least one FILE or DIR");
    }
    if (operands.stream().filter(Documents.STANDARD_INPUT::equals).count() > 1) {
      return console.usageError("validate", "reads standard input (-) only once");
    }
    BaliJson reader = BaliJson.builder().lenient(lenient).build();

    List<Document> documents = new ArrayList<>();
    List<Unreadable> unreadable = new ArrayList<>();
    for (String operand : operands) {
      Path path = operand.equals(Documents.STANDARD_INPUT) ? null : Path.of(operand);
      if (path != null && Files.isDirectory(path)) {
        Found found = Documents.walk(path);
        unreadable.addAll(found.unreadable());
        if (found.files().isEmpty() && found.unreadable().isEmpty()) {
          unreadable.add(new Unreadable(operand, "no *.json files found"));
        }
        for (Path file : found.files()) {
          add(Documents.readFile(reader, file, file.toString()), documents, unreadable);
        }
      } else {
        add(Documents.read(reader, operand, console), documents, unreadable);
      }
    }

    for (Unreadable entry : unreadable) {
      console.unreadable("validate", entry.name(), entry.reason());
    }
    Tally tally = Tally.of(documents, unreadable);
    if (json) {
      console.out().println(JsonReport.of(documents, unreadable, tally));
    } else {
      TextReport.print(console.out(), documents, tally);
    }
    return tally.status();
  }

  private static void add(Outcome outcome, List<Document> documents, List<Unreadable> unreadable) {
    outcome.document().ifPresent(documents::add);
    outcome.unreadable().ifPresent(unreadable::add);
  }
}
