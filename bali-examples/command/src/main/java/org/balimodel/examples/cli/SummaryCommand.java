package org.balimodel.examples.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.balimodel.core.register.Register;
import org.balimodel.examples.summary.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bali summary [FILE]}: the facts of one statement on a page of 80 columns, with its
 * validation result; the bundled seed without FILE, standard input for {@code -}.
 */
@Command(name = "summary")
final class SummaryCommand implements Callable<Integer> {

  private final Console console;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  private boolean help;

  @Parameters(arity = "0..*")
  private List<String> files = List.of();

  SummaryCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    Optional<Documents.Document> read = Documents.single("summary", files, console);
    if (read.isEmpty()) {
      return Bali.USAGE;
    }
    Documents.Document document = read.get();
    if (document.result().statement().isEmpty()) {
      TextReport.printIssues(console.err(), document.name(), document.result().report());
      return Bali.INVALID;
    }
    console.out().print(Summary.of(
        document.result().statement().get(), Register.baliProcess(), document.result().report()));
    return document.result().report().isValid() ? Bali.OK : Bali.INVALID;
  }
}
