package org.balimodel.json;

import static org.balimodel.json.Documents.array;
import static org.balimodel.json.Documents.edit;
import static org.balimodel.json.Documents.example;
import static org.balimodel.json.Documents.object;
import static org.balimodel.json.Documents.setRaw;
import static org.balimodel.json.Documents.utf8;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Malformed statement documents, each wrong in one known way, with the code and pointer a reader
 * must report. Cases whose document is JSON also say whether the published schema can see the
 * problem (it cannot see a duplicate key, which JSON parsers collapse, nor a 30th of February).
 */
final class Catalogue {

  /**
   * One malformed document.
   *
   * @param name what is wrong, in a few words
   * @param kind syntax, limits, structure or semantics
   * @param input the bytes
   * @param limits the limits to read with
   * @param code the code the reader reports
   * @param pointer where
   * @param schemaRejects whether the JSON Schema rejects the document at the same pointer
   */
  record Case(
      String name, String kind, byte[] input, Limits limits, String code, String pointer, boolean schemaRejects) {
    @Override
    public String toString() {
      return kind + ": " + name;
    }
  }

  private static final String DECISION = "/sections/0/paragraphs/0/decisions/0";

  private Catalogue() {}

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    Limits defaults = Limits.defaults();
    String doc = example();

    // Syntax: the document is not JSON, or not UTF-8.
    syntax(cases, "an empty document", "", "json.syntax.empty", "");
    syntax(cases, "only white space", " \n\t ", "json.syntax.empty", "");
    syntax(cases, "a truncated document", doc.substring(0, doc.length() / 2), "json.syntax.truncated", null);
    syntax(cases, "a second root value", doc + " {}", "json.syntax.trailing-content", "");
    syntax(cases, "garbage after the root value", doc + " x", "json.syntax.trailing-content", "");
    syntax(cases, "NaN for a number", setRaw("/meeting/ordinal", "NaN"), "json.syntax.non-finite-number", "/meeting/ordinal");
    syntax(cases, "-Infinity for a number", setRaw("/meeting/ordinal", "-Infinity"), "json.syntax.non-finite-number", "/meeting/ordinal");
    syntax(cases, "single-quoted strings", doc.replace("\"Co-Chairs' Statement\"", "'Co-Chairs Statement'"), "json.syntax", "/title");
    syntax(cases, "a trailing comma", doc.replace("}],\"entities\"", "},],\"entities\""), "json.syntax", "/sections/1");
    syntax(cases, "a comment", doc.replace("{\"formatVersion\":2,", "{\"formatVersion\":2,/* c */"), "json.syntax", "/formatVersion");
    syntax(cases, "a number with a leading zero", setRaw("/meeting/ordinal", "016"), "json.syntax", "/meeting/ordinal");
    syntax(cases, "a raw line feed inside a string", doc.replace("Co-Chairs' Statement\"", "Co-Chairs'\nStatement\""), "json.syntax", "/title");
    cases.add(
        new Case("a malformed UTF-8 sequence", "syntax", withBytes(doc, "Bali", new byte[] {'B', (byte) 0xc3, '(', 'i'}), defaults, "json.syntax.encoding", "", false));
    cases.add(
        new Case("an overlong UTF-8 encoding of '/'", "syntax", withBytes(doc, "Bali", new byte[] {'B', (byte) 0xc0, (byte) 0xaf, 'i'}), defaults, "json.syntax.encoding", "", false));
    cases.add(
        new Case("a UTF-8 encoded surrogate", "syntax", withBytes(doc, "Bali", new byte[] {'B', (byte) 0xed, (byte) 0xa0, (byte) 0x80}), defaults, "json.syntax.encoding", "", false));
    cases.add(
        new Case("UTF-16 instead of UTF-8", "syntax", doc.getBytes(StandardCharsets.UTF_16LE), defaults, "json.syntax.encoding", "", false));

    // Limits: each has its own code.
    limit(cases, "a document over the size limit", doc, Limits.builder().maxDocumentBytes(1000).build(), "json.limit.size", "");
    limit(cases, "nesting over the depth limit", setRaw("/masthead", "[".repeat(70) + "]".repeat(70)), defaults, "json.limit.depth", "/masthead/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0");
    limit(cases, "a string over the string limit", setRaw("/title", "\"" + "x".repeat(200) + "\""), Limits.builder().maxStringLength(100).build(), "json.limit.string", "/title");
    limit(cases, "a number over the number limit", setRaw("/meeting/ordinal", "1" + "0".repeat(30)), defaults, "json.limit.number", "/meeting/ordinal");
    limit(cases, "a property name over the name limit", setRaw("/" + "n".repeat(300), "1"), defaults, "json.limit.name", null);
    limit(cases, "more issues than the issue limit", edit(r -> { for (int i = 0; i < 10; i++) { r.put("extra" + i, i); } }), Limits.builder().maxIssues(5).build(), "json.limit.issues", null);
    limit(cases, "more tokens than the token limit", doc, Limits.builder().maxTokenCount(50).build(), "json.limit.tokens", null);

    // Structure: well-formed JSON that is not a statement document.
    structure(cases, "an array as the root", "[]", "json.structure.wrong-type", "", true);
    structure(cases, "an unknown property", edit(r -> r.put("colour", "red")), "json.structure.unknown-property", "/colour", true);
    structure(cases, "an unknown nested property", edit(r -> object(r, "/meeting/place").put("region", "Asia")), "json.structure.unknown-property", "/meeting/place/region", true);
    structure(cases, "an unknown property whose name needs escaping", edit(r -> object(r, "/meeting").put("a/b~c", 1)), "json.structure.unknown-property", "/meeting/a~1b~0c", true);
    structure(cases, "a duplicate property", doc.replace("\"title\":\"Co-Chairs' Statement\"", "\"title\":\"A\",\"title\":\"B\""), "json.structure.duplicate-property", "/title", false);
    structure(cases, "a missing required property", edit(r -> object(r, "/meeting").remove("kind")), "json.structure.missing-property", "/meeting/kind", true);
    structure(cases, "a missing paragraph number", edit(r -> object(r, "/sections/0/paragraphs/0").remove("number")), "json.structure.missing-property", "/sections/0/paragraphs/0/number", true);
    structure(cases, "no format version", edit(r -> r.remove("formatVersion")), "json.structure.missing-property", "/formatVersion", true);
    structure(cases, "an unsupported format version", edit(r -> r.put("formatVersion", 1)), "json.format-version", "/formatVersion", true);
    structure(cases, "a number written as a string", edit(r -> object(r, "/meeting").put("ordinal", "16")), "json.structure.wrong-type", "/meeting/ordinal", true);
    // JSON Schema counts 16.0 and 1e1 as integers (2020-12, section 6.1.1 of the validation spec).
    structure(cases, "a fraction for an integer", setRaw("/meeting/ordinal", "16.0"), "json.structure.wrong-type", "/meeting/ordinal", false);
    structure(cases, "an exponent for an integer", setRaw("/meeting/ordinal", "1e1"), "json.structure.wrong-type", "/meeting/ordinal", false);
    structure(cases, "an integer beyond 32 bits", setRaw("/meeting/ordinal", "3000000000"), "json.structure.number-range", "/meeting/ordinal", true);
    structure(cases, "a boolean for a string", edit(r -> r.put("title", true)), "json.structure.wrong-type", "/title", true);
    structure(cases, "a number for a string", setRaw("/id", "1"), "json.structure.wrong-type", "/id", true);
    structure(cases, "an object for a list", edit(r -> r.putObject("masthead")), "json.structure.wrong-type", "/masthead", true);
    structure(cases, "a number inside a list of strings", edit(r -> array(r, "/masthead").insert(0, 7)), "json.structure.wrong-type", "/masthead/0", true);
    structure(cases, "null for a required value", edit(r -> r.putNull("title")), "json.structure.null", "/title", true);
    structure(cases, "null for an optional value", edit(r -> object(r, "/meeting").putNull("format")), "json.structure.null", "/meeting/format", true);
    structure(cases, "null inside a list", edit(r -> array(r, "/meeting/participants").addNull()), "json.structure.null", "/meeting/participants/3", true);
    structure(cases, "an unknown enum constant", edit(r -> r.put("kind", "co-chairs-statement")), "json.structure.unknown-constant", "/kind", true);
    structure(cases, "a month 13", edit(r -> r.put("date", "2022-13")), "json.structure.date", "/date", true);
    structure(cases, "a two-digit year", edit(r -> r.put("date", "22-12-06")), "json.structure.date", "/date", true);
    structure(cases, "a year before 1000", edit(r -> r.put("date", "0999")), "json.structure.date", "/date", true);
    structure(cases, "a 30th of February", edit(r -> object(r, "/source").put("retrieved", "2024-02-30")), "json.structure.date", "/source/retrieved", false);
    structure(cases, "a day with a time", edit(r -> object(r, "/source").put("retrieved", "2024-05-01T10:00")), "json.structure.date", "/source/retrieved", true);
    structure(cases, "an actor that is both a body and a member", edit(r -> object(r, DECISION + "/actor").put("member", "IDN")), "json.structure.actor", DECISION + "/actor", true);
    structure(cases, "an actor with nothing", edit(r -> object(r, DECISION).putObject("actor")), "json.structure.actor", DECISION + "/actor", true);
    structure(cases, "an actor group that does not exist", edit(r -> object(r, DECISION + "/actor").put("group", "EVERYONE")), "json.structure.unknown-constant", DECISION + "/actor/group", true);
    structure(cases, "an actor as a string", edit(r -> object(r, DECISION).put("actor", "MEETING")), "json.structure.wrong-type", DECISION + "/actor", true);

    // Semantics: well-typed documents that break a rule of the model, found by the validator.
    semantics(cases, "an identifier that is not a slug", edit(r -> r.put("id", "Not A Slug")), "constraint.slug", "/id");
    semantics(cases, "a country that is not alpha-3", edit(r -> object(r, "/meeting/place").put("country", "Indonesia")), "constraint.country-code", "/meeting/place/country");
    semantics(cases, "a paragraph numbered 0", edit(r -> object(r, "/sections/0/paragraphs/0").put("number", 0)), "constraint.positive", "/sections/0/paragraphs/0/number");
    semantics(cases, "a blank clause", edit(r -> object(r, DECISION).put("clause", "  ")), "constraint.not-blank", DECISION + "/clause");
    semantics(cases, "an acronym in lower case", edit(r -> object(r, "/entities/partners/0").put("id", "asean")), "constraint.acronym", "/entities/partners/0/id");
    semantics(cases, "an ordinal of 0", edit(r -> object(r, "/meeting").put("ordinal", 0)), "constraint.positive", "/meeting/ordinal");
    return cases;
  }

  private static void syntax(List<Case> cases, String name, String doc, String code, String pointer) {
    cases.add(new Case(name, "syntax", utf8(doc), Limits.defaults(), code, pointer, false));
  }

  private static void limit(List<Case> cases, String name, String doc, Limits limits, String code, String pointer) {
    cases.add(new Case(name, "limits", utf8(doc), limits, code, pointer, false));
  }

  private static void structure(List<Case> cases, String name, String doc, String code, String pointer, boolean schema) {
    cases.add(new Case(name, "structure", utf8(doc), Limits.defaults(), code, pointer, schema));
  }

  private static void semantics(List<Case> cases, String name, String doc, String code, String pointer) {
    cases.add(new Case(name, "semantics", utf8(doc), Limits.defaults(), code, pointer, true));
  }

  /** The document with the first occurrence of {@code marker} replaced by raw bytes. */
  private static byte[] withBytes(String doc, String marker, byte[] replacement) {
    byte[] bytes = utf8(doc);
    byte[] m = utf8(marker);
    int at = indexOf(bytes, m);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, at);
    out.write(replacement, 0, replacement.length);
    out.write(bytes, at + m.length, bytes.length - at - m.length);
    return out.toByteArray();
  }

  private static int indexOf(byte[] bytes, byte[] m) {
    outer:
    for (int i = 0; i + m.length <= bytes.length; i++) {
      for (int k = 0; k < m.length; k++) {
        if (bytes[i + k] != m[k]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalArgumentException("marker not found");
  }

}
