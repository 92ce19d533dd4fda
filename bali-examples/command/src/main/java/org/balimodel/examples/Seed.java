package org.balimodel.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The seed statement as the JSON document bundled with bali-examples: the Co-Chairs' Statement of
 * the 16th Ad Hoc Group Senior Officials' Meeting in the bali wire format, generated from {@link
 * SeedStatement}.
 */
public final class Seed {

  /** The class-path resource of the document. */
  public static final String RESOURCE = "/org/balimodel/examples/seed/ahg-som-16-2022.json";

  /** The name the document goes by in messages and reports. */
  public static final String NAME = "ahg-som-16-2022.json (bundled)";

  /**
   * The class-path resource of the statement's text as published (Markdown, UTF-8), the input
   * {@code bali import} reads without a file.
   */
  public static final String TEXT_RESOURCE = "/org/balimodel/examples/seed-statement.md";

  /** The name the published text goes by in messages and reports. */
  public static final String TEXT_NAME = "seed-statement.md (bundled)";

  private Seed() {}

  /** The document's bytes, UTF-8. */
  public static byte[] bytes() {
    try (InputStream in = Seed.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled seed " + RESOURCE + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled seed " + RESOURCE + " could not be read", e);
    }
  }

  /** The document's text. */
  public static String json() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  /** The statement's text as published, from which the document was encoded. */
  public static String text() {
    try (InputStream in = Seed.class.getResourceAsStream(TEXT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled text " + TEXT_RESOURCE + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled text " + TEXT_RESOURCE + " could not be read", e);
    }
  }
}
