package org.balimodel.examples.cli;

import org.balimodel.core.register.Register;
import org.balimodel.examples.summary.Summary;
import picocli.CommandLine.Command;

/**
 * {@code bali summary [FILE]}: the facts of one statement on a page of 80 columns, with its
 * validation result; the bundled seed without FILE, standard input for {@code -}.
 */
@Command(name = "summary")
final class SummaryCommand extends OneDocumentCommand {

  SummaryCommand(Console console) {
    super("summary", console);
  }

  @Override
  int show(Documents.Document document) {
    console.out().print(Summary.of(
        document.result().statement().get(), Register.baliProcess(), document.result().report()));
    return document.result().report().isValid() ? Bali.OK : Bali.INVALID;
  }
}
