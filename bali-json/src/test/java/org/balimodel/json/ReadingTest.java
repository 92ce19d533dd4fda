package org.balimodel.json;

import static org.balimodel.json.Documents.array;
import static org.balimodel.json.Documents.edit;
import static org.balimodel.json.Documents.object;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.balimodel.core.model.Statement;
import org.balimodel.core.validation.Issue;
import org.balimodel.core.validation.Location;
import org.balimodel.core.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading statement documents: every source, strict and lenient, with located issues. */
class ReadingTest {

  private final BaliJson json = BaliJson.create();
  private final Statement example = Fixtures.example();

  @Test
  void theExampleDocumentIsTheExampleStatement() {
    ReadResult result = json.read(Fixtures.exampleDocument());
    assertEquals(Optional.of(example), result.statement());
  }

  @Test
  void theExampleDocumentIsExactlyWhatThePrettyWriterWrites() {
    assertEquals(Fixtures.exampleDocument(), json.writePretty(example));
  }

  @Test
  void everySourceOfTextReadsTheSameStatement(@TempDir Path dir) throws IOException {
    byte[] bytes = json.writeBytes(example);
    Path file = Files.write(dir.resolve("statement.json"), bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    for (ReadResult result :
        List.of(
            json.read(bytes),
            json.read(text),
            json.read(new ByteArrayInputStream(bytes)),
            json.read(new StringReader(text)),
            json.read(file))) {
      assertEquals(Optional.of(example), result.statement());
    }
  }

  @Test
  void aFileThatDoesNotExistIsReportedNotThrown(@TempDir Path dir) {
    ReadResult result = json.read(dir.resolve("missing.json"));
    assertTrue(result.statement().isEmpty());
    assertEquals("json.io", result.report().errors().get(0).code());
    assertEquals("", result.report().errors().get(0).pointer());
  }

  @Test
  void aDirectoryIsReportedNotThrown(@TempDir Path dir) {
    ReadResult result = json.read(dir);
    assertEquals("json.io", result.report().errors().get(0).code());
  }

  @Test
  void aStreamThatFailsIsReportedNotThrown() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        };
    ReadResult result = json.read(failing);
    assertEquals("json.io", result.report().errors().get(0).code());
  }

  @Test
  void emptyListsAndEmptyReferencesMayBeWrittenOrOmitted() {
    String explicit =
        edit(
            r -> {
              r.putArray("nameVariants");
              object(r, "/meeting").putArray("sources");
              object(r, "/sections/0/paragraphs/0/decisions/0").putArray("commitments");
              object(r, "/sections/0/subsections/0/paragraphs/0/decisions/1").putObject("refersTo").putArray("members");
              r.putObject("entities");
            });
    Statement read = json.read(explicit).statement().orElseThrow();
    assertEquals(List.of(), read.nameVariants());
    assertEquals(example.sections(), read.sections());
    assertEquals(org.balimodel.core.model.Entities.none(), read.entities());
  }

  @Test
  void propertiesMayComeInAnyOrderAndAreWrittenInComponentOrder() {
    String reordered =
        edit(
            r -> {
              var source = r.remove("source");
              var id = r.remove("id");
              var version = r.remove("formatVersion");
              r.set("source", source);
              r.set("id", id);
              r.set("formatVersion", version);
            });
    Statement read = json.read(reordered).statement().orElseThrow();
    assertEquals(example, read);
    assertEquals(json.write(example), json.write(read));
  }

  @Test
  void everyStructuralProblemOfADocumentComesBackInOnePass() {
    String broken =
        edit(
            r -> {
              r.put("colour", "red");
              r.put("kind", 3);
              object(r, "/meeting").remove("id");
              object(r, "/meeting/place").put("region", "Asia");
              array(r, "/meeting/participants").addObject().put("member", "THA");
              object(r, "/sections/0/paragraphs/0/decisions/0").put("verb", "NOTICED");
              object(r, "/source").put("retrieved", "yesterday");
            });
    ReadResult result = json.read(broken);
    assertTrue(result.statement().isEmpty());
    List<String> found = result.report().errors().stream().map(i -> i.code() + " " + i.pointer()).toList();
    assertEquals(
        List.of(
            "json.structure.wrong-type /kind",
            "json.structure.unknown-property /meeting/place/region",
            "json.structure.missing-property /meeting/participants/3/role",
            "json.structure.missing-property /meeting/id",
            "json.structure.unknown-constant /sections/0/paragraphs/0/decisions/0/verb",
            "json.structure.date /source/retrieved",
            "json.structure.unknown-property /colour"),
        found);
  }

  @Test
  void issuesCarryTheLineAndColumnOfTheValue() {
    String pretty = json.writePretty(example).replace("\"kind\": \"HYBRID\"", "\"kind\": \"HYBRID\"");
    String broken = pretty.replace("\"format\": \"HYBRID\"", "\"format\": \"hybrid\"");
    ReadResult result = json.read(broken);
    Issue issue = result.report().withCode("json.structure.unknown-constant").get(0);
    int line = lineOf(broken, "\"format\": \"hybrid\"");
    assertEquals(Optional.of(new Location(line, 15)), issue.location());
  }

  @Test
  void validationIssuesAreLocatedInTheTextToo() {
    String broken = json.writePretty(example).replace("\"country\": \"IDN\"", "\"country\": \"Indonesia\"");
    ReadResult result = json.read(broken);
    assertTrue(result.statement().isPresent(), "a well-typed statement is built even when it is not valid");
    Issue issue = result.report().withCode("constraint.country-code").get(0);
    assertEquals("/meeting/place/country", issue.pointer());
    assertEquals(Optional.of(new Location(lineOf(broken, "\"Indonesia\""), 18)), issue.location());
    assertFalse(result.isValid());
  }

  @Test
  void columnsCountCodePointsWhetherTheDocumentIsBytesOrText() {
    String doc =
        edit(
            r -> {
              r.put("title", "Déclaration 日本 🙂");
              object(r, "/meeting").put("format", "hybrid");
              object(r, "/meeting/place").put("country", "Indonesia");
            });
    // The emoji is one character (one code point), though two UTF-16 units and four bytes.
    Location format = new Location(1, doc.codePointCount(0, doc.indexOf("\"hybrid\"")) + 1);
    Location country = new Location(1, doc.codePointCount(0, doc.indexOf("\"Indonesia\"")) + 1);
    for (ReadResult result : List.of(json.read(doc), json.read(doc.getBytes(StandardCharsets.UTF_8)))) {
      assertEquals(Optional.of(format), result.report().withCode("json.structure.unknown-constant").get(0).location());
    }
    String wellTyped = doc.replace("\"hybrid\"", "\"HYBRID\"");
    for (ReadResult result : List.of(json.read(wellTyped), json.read(wellTyped.getBytes(StandardCharsets.UTF_8)))) {
      assertEquals(Optional.of(country), result.report().withCode("constraint.country-code").get(0).location());
    }
  }

  @Test
  void strictReadingRefusesAnUnknownPropertyAndLenientReadingWarnsAndBuilds() {
    String extended = edit(r -> object(r, "/meeting").put("venue", "Nusa Dua"));
    ReadResult strict = json.read(extended);
    assertTrue(strict.statement().isEmpty());
    assertEquals(Severity.ERROR, strict.report().withCode("json.structure.unknown-property").get(0).severity());

    ReadResult lenient = BaliJson.builder().lenient(true).build().read(extended);
    assertEquals(Optional.of(example), lenient.statement());
    Issue warning = lenient.report().withCode("json.structure.unknown-property").get(0);
    assertEquals(Severity.WARNING, warning.severity());
    assertEquals("/meeting/venue", warning.pointer());
    assertTrue(lenient.report().isValid(), () -> lenient.report().issues().toString());
  }

  @Test
  void lenientReadingIsStrictAboutEverythingElse() {
    BaliJson lenient = BaliJson.builder().lenient(true).build();
    assertTrue(lenient.read(edit(r -> r.put("title", 7))).statement().isEmpty());
    assertTrue(lenient.read(edit(r -> r.remove("title"))).statement().isEmpty());
  }

  @Test
  void prettyOutputHasLineFeedsOnlyAndEndsWithOne() {
    String pretty = json.writePretty(example);
    assertFalse(pretty.contains("\r"));
    assertTrue(pretty.endsWith("}\n"));
    assertTrue(pretty.startsWith("{\n  \"formatVersion\": 1,\n  \"id\": "));
    assertFalse(json.write(example).contains("\n"));
  }

  @Test
  void writingIsDeterministicAndUtf8() {
    byte[] first = json.writeBytes(example);
    assertArrayEquals(first, BaliJson.create().writeBytes(Fixtures.example()));
    assertArrayEquals(first, json.write(example).getBytes(StandardCharsets.UTF_8));
    assertTrue(json.write(example).startsWith("{\"formatVersion\":1,\"id\":\"ahg-som-16-co-chairs-statement\""));
  }

  @Test
  void absentOptionalsAndEmptyListsAreOmitted() {
    String text = json.write(example);
    assertFalse(text.contains("null"));
    assertFalse(text.contains("[]"));
    assertFalse(text.contains("{}"));
    assertFalse(text.contains("\"endDate\""));
  }

  @Test
  void aUtf8ByteOrderMarkIsAccepted() {
    byte[] body = json.writeBytes(example);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertEquals(Optional.of(example), json.read(withBom).statement());
  }

  @Test
  void oneInstanceServesManyThreadsAtOnce() throws Exception {
    String expectedPretty = json.writePretty(example);
    String expectedCompact = json.write(example);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(
            pool.submit(
                () ->
                    json.writePretty(example).equals(expectedPretty)
                        && json.write(example).equals(expectedCompact)
                        && json.read(expectedPretty).statement().equals(Optional.of(example))));
      }
      for (var result : results) {
        assertTrue(result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
