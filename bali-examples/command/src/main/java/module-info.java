/**
 * Worked examples of bali and the {@code bali} command: the Co-Chairs' Statement of the 16th Ad
 * Hoc Group Senior Officials' Meeting built in full ({@link org.balimodel.examples.SeedStatement})
 * and bundled as JSON ({@link org.balimodel.examples.Seed}), a Markdown renderer, a one-page
 * summary, and the command line ({@link org.balimodel.examples.cli.Bali}).
 */
module org.balimodel.examples {
  // The examples' API takes and returns model types (Statement, Register, Report): a reader of
  // this module reads those modules too.
  requires transitive org.balimodel.json;
  requires transitive org.balimodel.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  // The command line is parsed by picocli, which sets the annotated fields by reflection.
  requires info.picocli;
  // bali import extracts the text of PDF statements with Apache PDFBox (automatic modules), and
  // bounds its buffers with pdfbox-io's MemoryUsageSetting.
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  // To silence PDFBox's logging of damaged files, which reaches JUL through commons-logging.
  requires java.logging;

  exports org.balimodel.examples;
  exports org.balimodel.examples.cli;
  exports org.balimodel.examples.render;
  exports org.balimodel.examples.summary;

  opens org.balimodel.examples.cli to info.picocli;
}
