package org.balimodel.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/validation-codes.md lists every code with its severity. */
class ValidationCodesDocumentTest {

  // Surefire runs in the module's directory; the docs are at the project root.
  private static final Path DOCUMENT = Path.of("..", "docs", "validation-codes.md");
  /** The text importer's codes are documented with the importer. */
  private static final Path IMPORT_DOCUMENT = Path.of("..", "docs", "import.md");

  /** The first two cells of each table row whose first cell is a code: code → severity. */
  private static Map<String, String> table() throws IOException {
    return table(DOCUMENT);
  }

  private static Map<String, String> table(Path document) throws IOException {
    Map<String, String> rows = new HashMap<>();
    for (String line : Files.readAllLines(document, StandardCharsets.UTF_8)) {
      if (line.startsWith("| `")) {
        String[] cells = line.split("\\|");
        String code = cells[1].trim();
        rows.put(code.substring(1, code.length() - 1), cells[2].trim());
      }
    }
    return rows;
  }

  @Test
  void everyValidationCodeIsInTheTableWithItsSeverityAsPrinted() throws IOException {
    Map<String, String> rows = table();
    for (IssueCode code : IssueCode.values()) {
      if (code.code().startsWith("json.") || code.code().startsWith("import.")) {
        // The reader's codes are documented with the format, in docs/format.md; the importer's in docs/import.md.
        continue;
      }
      String documented = code == IssueCode.CONSTRAINT ? "constraint.<name>" : code.code();
      assertTrue(rows.containsKey(documented), () -> documented + " is missing from " + DOCUMENT);
      assertEquals(code.severity().name(), rows.get(documented), documented);
    }
  }

  @Test
  void everyCodeOfTheTextImporterIsInItsTableWithItsSeverityAsPrinted() throws IOException {
    Map<String, String> rows = table(IMPORT_DOCUMENT);
    for (IssueCode code : IssueCode.values()) {
      if (code.code().startsWith("import.")) {
        assertTrue(rows.containsKey(code.code()), () -> code.code() + " is missing from " + IMPORT_DOCUMENT);
        assertEquals(code.severity().name(), rows.get(code.code()), code.code());
      }
    }
  }

  @Test
  void everyConstraintOfTheModelIsInTheTable() throws IOException {
    Map<String, String> rows = table();
    for (String name : List.of("slug", "acronym", "country-code", "has-text", "not-blank", "positive")) {
      assertEquals("ERROR", rows.get("constraint." + name), "constraint." + name);
    }
  }
}
