package org.balimodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.balimodel.core.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schema agrees with the Java reader: what the reader accepts validates, and a
 * catalogue of malformed documents is rejected by both at the same pointers.
 */
class SchemaAgreementTest {

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(BaliJson.schema(), InputFormat.JSON);

  private final BaliJson json = BaliJson.create();

  static List<Catalogue.Case> rejectedByTheSchema() {
    return Catalogue.cases().stream().filter(Catalogue.Case::schemaRejects).toList();
  }

  @Test
  void theSchemaIdCarriesTheFormatVersion() {
    assertTrue(BaliJson.schema().contains("\"$id\": \"" + BaliJson.SCHEMA_ID + "\""));
    assertTrue(BaliJson.SCHEMA_ID.endsWith("statement-" + BaliJson.FORMAT_VERSION + ".schema.json"));
  }

  @Test
  void theSchemaIsAValidDraft202012Schema() {
    Schema meta =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertEquals(List.of(), meta.validate(BaliJson.schema(), InputFormat.JSON));
    assertFalse(meta.validate("{\"type\": 5, \"required\": \"id\"}", InputFormat.JSON).isEmpty());
  }

  @Test
  void theExampleDocumentValidatesAgainstTheSchema() {
    List<Error> errors = SCHEMA.validate(Fixtures.exampleDocument(), InputFormat.JSON);
    assertEquals(List.of(), errors);
  }

  @Test
  void everyGeneratedStatementValidatesAgainstTheSchema() {
    qt().withExamples(150)
        .forAll(StatementGenerator.validStatements())
        .checkAssert(
            statement -> {
              String text = json.write(statement);
              assertEquals(List.of(), SCHEMA.validate(text, InputFormat.JSON), text);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedByTheSchema")
  void theSchemaRejectsAMalformedDocumentWhereTheReaderDoes(Catalogue.Case c) {
    String text = new String(c.input(), StandardCharsets.UTF_8);
    List<Error> errors = SCHEMA.validate(text, InputFormat.JSON);
    List<String> schemaPointers = errors.stream().map(SchemaAgreementTest::pointer).toList();
    List<String> readerPointers =
        json.read(c.input()).report().issues().stream()
            .filter(Issue::isError)
            .map(Issue::pointer)
            .collect(Collectors.toList());
    assertFalse(errors.isEmpty(), "the schema accepts " + c);
    assertTrue(readerPointers.contains(c.pointer()), readerPointers.toString());
    assertTrue(
        schemaPointers.contains(c.pointer()),
        "the schema reports " + schemaPointers + " where the reader reports " + c.pointer());
  }

  /**
   * The pointer of the value a schema error is about: the instance location, and for errors about
   * a property of an object (required, additionalProperties), that property.
   */
  /** {@code base} followed by one RFC 6901 reference token, escaped. */
  private static String append(String base, Object token) {
    return base + "/" + String.valueOf(token).replace("~", "~0").replace("/", "~1");
  }

  static String pointer(Error error) {
    NodePath path = error.getInstanceLocation();
    String out = "";
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      out = element instanceof Integer index ? append(out, index) : append(out, String.valueOf(element));
    }
    String keyword = error.getKeyword();
    if (("required".equals(keyword) || "additionalProperties".equals(keyword)) && error.getProperty() != null) {
      out = append(out, error.getProperty());
    }
    return out;
  }
}
