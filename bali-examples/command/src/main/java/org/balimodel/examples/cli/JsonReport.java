package org.balimodel.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.balimodel.examples.cli.Documents.Document;
import org.balimodel.examples.cli.Documents.Unreadable;
import org.balimodel.json.BaliModule;

/**
 * The {@code --json} report of {@code bali validate}: an envelope with the totals and one entry
 * per document, whose {@code report} is written by {@link BaliModule}, so that a report reads the
 * same here as from any {@code ObjectMapper} with the module (issues with
 * {@code location: {line, column}}). The shape is documented in {@code docs/cli.md}.
 */
final class JsonReport {

  static final ObjectMapper MAPPER =
      JsonMapper.builder().addModule(new BaliModule()).build();

  // The layout BaliJson writes statements and the schema in: two-space indentation, "\n" line
  // ends on every platform, "name": value, and [] and {} for empty containers.
  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                      .withObjectEmptySeparator("")
                      .withArrayEmptySeparator(""))
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private JsonReport() {}

  /** The report as JSON text, without a final line end. */
  static String of(List<Document> documents, List<Unreadable> unreadable, Tally tally) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("valid", tally.allValid());
    root.put("files", tally.files());
    root.put("errors", tally.errors());
    root.put("warnings", tally.warnings());
    root.put("notes", tally.notes());
    ArrayNode results = root.putArray("results");
    for (Document document : documents) {
      ObjectNode entry = results.addObject();
      entry.put("file", document.name());
      entry.put("valid", document.result().isValid());
      entry.put("read", document.result().statement().isPresent());
      entry.set("report", MAPPER.valueToTree(document.result().report()));
    }
    for (Unreadable entry : unreadable) {
      ObjectNode node = results.addObject();
      node.put("file", entry.name());
      node.put("valid", false);
      node.put("read", false);
      node.put("ioError", entry.reason());
    }
    return write(root);
  }

  /** A tree in the layout of the reports, without a final line end. */
  static String write(JsonNode root) {
    try {
      return WRITER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      // A tree of strings, numbers and booleans always writes; failing here is a defect.
      throw new IllegalStateException(e);
    }
  }
}
