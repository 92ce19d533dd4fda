package org.balimodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The schema shipped in the jar is the one generated from the model.
 *
 * <p>After a change to the model, regenerate it with
 * {@code mvn -pl bali-json test -Dtest=SchemaTest -Dbali.schema.regenerate=true} and review the diff.
 */
class SchemaTest {

  static final Path CHECKED_IN = Path.of("src/main/resources/org/balimodel/json/statement-2.schema.json");

  @Test
  void theShippedSchemaIsTheOneGeneratedFromTheModel() throws IOException {
    String generated = SchemaGenerator.generate();
    if (Boolean.getBoolean("bali.schema.regenerate")) {
      Files.writeString(CHECKED_IN, generated, StandardCharsets.UTF_8);
      assertEquals(generated, Files.readString(CHECKED_IN, StandardCharsets.UTF_8));
      return;
    }
    assertEquals(generated, BaliJson.schema(), "regenerate with -Dbali.schema.regenerate=true");
  }
}
