package org.balimodel.examples.cli;

import org.balimodel.examples.render.MarkdownRenderer;
import picocli.CommandLine.Command;

/**
 * {@code bali render [FILE]}: the statement's text as Markdown; the bundled seed without FILE,
 * standard input for {@code -}.
 */
@Command(name = "render")
final class RenderCommand extends OneDocumentCommand {

  RenderCommand(Console console) {
    super("render", console);
  }

  @Override
  int show(Documents.Document document) {
    console.out().print(MarkdownRenderer.render(document.result().statement().get()));
    return Bali.OK;
  }
}
