package org.balimodel.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The start-up baseline: a program that only parses a statement file into a Jackson tree, which is
 * the least a JVM service that accepts statements must do. {@link BenchMain} times a fresh JVM
 * running it against a fresh JVM running {@code bali.jar validate} on the same file.
 */
public final class JacksonParseMain {
  private JacksonParseMain() {}

  /**
   * Parses the file named by the first argument and exits 0 when it is a JSON object.
   *
   * @param args the path of the file
   * @throws IOException if the file cannot be read or is not JSON
   */
  public static void main(String[] args) throws IOException {
    JsonNode tree = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    if (!tree.isObject()) {
      System.exit(1);
    }
  }
}
