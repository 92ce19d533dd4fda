package org.balimodel.examples.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.balimodel.examples.render.MarkdownRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bali render [FILE]}: the statement's text as Markdown; the bundled seed without FILE,
 * standard input for {@code -}.
 */
@Command(name = "render")
final class RenderCommand implements Callable<Integer> {

  private final Console console;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  private boolean help;

  @Parameters(arity = "0..*")
  private List<String> files = List.of();

  RenderCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    Optional<Documents.Document> read = Documents.single("render", files, console);
    if (read.isEmpty()) {
      return Bali.USAGE;
    }
    Documents.Document document = read.get();
    if (document.result().statement().isEmpty()) {
      TextReport.printIssues(console.err(), document.name(), document.result().report());
      return Bali.INVALID;
    }
    console.out().print(MarkdownRenderer.render(document.result().statement().get()));
    return Bali.OK;
  }
}
