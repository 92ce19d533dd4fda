package org.balimodel.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bytes the benchmarks read: the bundled seed statement and bali's published JSON Schema. */
final class Fixtures {

  /** The seed statement bali-examples bundles: the 16th AHG SOM Co-Chairs' Statement, 2022. */
  static final String SEED = "/org/balimodel/examples/seed/ahg-som-16-2022.json";

  /** The JSON Schema bali-json publishes for the wire format. */
  static final String SCHEMA = "/org/balimodel/json/statement-2.schema.json";

  /** The seed used for every synthetic statement, so every run reads the same bytes. */
  static final long SYNTHETIC_SEED = 20221206L;

  private Fixtures() {}

  static byte[] seedBytes() {
    return resource(SEED);
  }

  static byte[] schemaBytes() {
    return resource(SCHEMA);
  }

  static byte[] resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("not on the class path: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
