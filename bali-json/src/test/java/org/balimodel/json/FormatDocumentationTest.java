package org.balimodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.balimodel.core.wire.Shape;
import org.balimodel.core.validation.IssueCode;
import org.junit.jupiter.api.Test;

/** docs/format.md describes the format the code reads and writes. */
class FormatDocumentationTest {

  private static final Path DOC = Path.of("../docs/format.md");

  private static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  @Test
  void everyCodeTheReaderCanEmitIsInTheTable() throws IOException {
    String doc = doc();
    for (IssueCode code : IssueCode.values()) {
      if (!code.code().startsWith("json.")) {
        continue;
      }
      assertTrue(
          doc.contains("| `" + code.code() + "` | " + code.severity().name()),
          code.code() + " is not documented with its severity as printed");
    }
  }

  @Test
  void theExampleInTheDocumentationIsWhatTheWriterWrites() throws IOException {
    String doc = doc();
    int start = doc.indexOf("```json\n") + "```json\n".length();
    int end = doc.indexOf("```", start);
    assertEquals(BaliJson.create().writePretty(Fixtures.example()), doc.substring(start, end));
  }

  @Test
  void theReportShownInTheDocumentationIsWhatTheReaderReports() throws IOException {
    String doc = doc();
    int at = doc.indexOf("this document has three problems");
    int docStart = doc.indexOf("```\n", at) + 4;
    int docEnd = doc.indexOf("```\n", docStart);
    int reportStart = doc.indexOf("```\n", docEnd + 4) + 4;
    int reportEnd = doc.indexOf("```\n", reportStart);
    String expected = doc.substring(reportStart, reportEnd);
    String actual =
        BaliJson.create().read(doc.substring(docStart, docEnd)).report().issues().stream()
            .map(i -> i + "\n")
            .reduce("", String::concat);
    assertEquals(expected, actual);
  }

  @Test
  void everyEnumerationConstantAndPropertyIsDocumented() throws IOException {
    String doc = doc();
    for (Map.Entry<Class<?>, Shape.Obj> entry : Shape.all().entrySet()) {
      if (!entry.getKey().getPackageName().equals("org.balimodel.core.model")) {
        continue;
      }
      for (Shape.Property property : entry.getValue().properties()) {
        assertTrue(doc.contains("`" + property.name() + "`"), property.name() + " of " + entry.getKey().getSimpleName());
        Shape shape = property.shape();
        while (shape instanceof Shape.Maybe || shape instanceof Shape.Array) {
          shape = shape instanceof Shape.Maybe m2 ? m2.value() : ((Shape.Array) shape).element();
        }
        if (shape instanceof Shape.Enumerated e) {
          for (String constant : e.constants()) {
            assertTrue(doc.contains("`" + constant + "`"), constant + " of " + e.type().getSimpleName());
          }
        }
      }
    }
  }

  @Test
  void theDocumentedDefaultLimitsAreTheDefaults() throws IOException {
    String doc = doc();
    Limits d = Limits.defaults();
    assertTrue(doc.contains("| `maxDocumentBytes` | 8 MiB (" + String.format(Locale.ROOT, "%,d", d.maxDocumentBytes()) + " bytes"));
    assertTrue(doc.contains("| `maxDepth` | " + d.maxDepth() + " levels"));
    assertTrue(doc.contains("| `maxStringLength` | " + String.format(Locale.ROOT, "%,d", d.maxStringLength()) + " characters"));
    assertTrue(doc.contains("| `maxNumberLength` | " + d.maxNumberLength() + " characters"));
    assertTrue(doc.contains("| `maxNameLength` | " + d.maxNameLength() + " characters"));
    assertTrue(doc.contains("| `maxTokenCount` | " + String.format(Locale.ROOT, "%,d", d.maxTokenCount()) + " tokens"));
    assertTrue(doc.contains("| `maxIssues` | " + String.format(Locale.ROOT, "%,d", d.maxIssues()) + " issues"));
  }
}
