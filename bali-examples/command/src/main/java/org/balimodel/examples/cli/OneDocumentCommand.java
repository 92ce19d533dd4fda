package org.balimodel.examples.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A subcommand that shows one statement: the bundled seed without FILE, standard input for
 * {@code -}. A document that cannot be read as a statement gets its issues and exit code 1, the
 * same in every such subcommand.
 */
abstract class OneDocumentCommand implements Callable<Integer> {

  final Console console;
  private final String name;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  private boolean help;

  @Parameters(arity = "0..*")
  private List<String> files = List.of();

  OneDocumentCommand(String name, Console console) {
    this.name = name;
    this.console = console;
  }

  @Override
  public final Integer call() {
    Optional<Documents.Document> read = Documents.single(name, files, console);
    if (read.isEmpty()) {
      return Bali.USAGE;
    }
    Documents.Document document = read.get();
    if (document.result().statement().isEmpty()) {
      TextReport.printIssues(console.err(), document.name(), document.result().report());
      return Bali.INVALID;
    }
    return show(document);
  }

  /** Shows a document that holds a statement; returns the exit code. */
  abstract int show(Documents.Document document);
}
