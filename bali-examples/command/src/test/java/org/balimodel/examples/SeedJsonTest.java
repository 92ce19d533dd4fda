package org.balimodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.balimodel.json.BaliJson;
import org.balimodel.json.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * The bundled seed document, {@code org/balimodel/examples/seed/ahg-som-16-2022.json}, is the JSON
 * form of {@link SeedStatement}.
 *
 * <p>The document is generated from the Java statement, not edited by hand. After a change to
 * {@link SeedStatement} (or to the wire format), regenerate it with
 *
 * <pre>mvn -B -pl bali-examples/command -am test -Dtest=SeedJsonTest -Dsurefire.failIfNoSpecifiedTests=false -Dbali.regenerateSeed=true</pre>
 *
 * <p>and review the difference before committing it.
 */
class SeedJsonTest {

  private static final Path SOURCE =
      Path.of("src/main/resources/org/balimodel/examples/seed/ahg-som-16-2022.json");

  private final BaliJson json = BaliJson.create();

  @Test
  void theBundledDocumentIsExactlyTheJsonOfTheJavaStatement() throws IOException {
    String expected = json.writePretty(SeedStatement.statement());
    if (Boolean.getBoolean("bali.regenerateSeed")) {
      Files.writeString(SOURCE, expected, StandardCharsets.UTF_8);
    }
    assertEquals(
        expected,
        Seed.json(),
        "the bundled seed is out of date; regenerate it as the Javadoc of SeedJsonTest says");
  }

  @Test
  void readingTheBundledDocumentGivesTheJavaStatement() throws IOException {
    ReadResult result = json.read(Seed.bytes());
    assertEquals(SeedStatement.statement(), result.statement().orElseThrow(() -> new AssertionError(result.report())));
  }

  @Test
  void theBundledDocumentValidatesWithNoErrorAndNoWarning() throws IOException {
    ReadResult result = json.read(Seed.bytes());
    assertTrue(result.isValid(), () -> result.report().toString());
    assertEquals(0, result.report().warnings().size(), () -> result.report().toString());
  }

  @Test
  void theBundledDocumentValidatesAgainstThePublishedJsonSchema() {
    var schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(BaliJson.schema(), InputFormat.JSON);
    assertEquals(List.of(), schema.validate(Seed.json(), InputFormat.JSON));
  }

  @Test
  void theDocumentStartsWithItsFormatVersion() throws IOException {
    assertTrue(Seed.json().startsWith("{\n  \"formatVersion\": 2,\n  \"id\": \"ahg-som-16-co-chairs-statement\","));
  }

}
