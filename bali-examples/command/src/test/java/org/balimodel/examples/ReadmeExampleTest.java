package org.balimodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Java example of the README compiles as pasted and does what its comments say: it builds a
 * valid statement that writes and reads back equal. The program is read out of README.md, between
 * the {@code readme-example} markers, so there is no second copy to drift.
 */
class ReadmeExampleTest {

  private static final String START = "<!-- readme-example -->";
  private static final String END = "<!-- /readme-example -->";

  /** The README of the repository, found from the module directory the build runs in. */
  static String readme() throws IOException {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path readme = dir.resolve("README.md");
      if (Files.isRegularFile(readme) && Files.isDirectory(dir.resolve("bali-core"))) {
        return Files.readString(readme, StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("README.md of the repository not found above " + Path.of("").toAbsolutePath());
  }

  static String example(String readme) {
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertTrue(start >= 0 && end > start, "README.md marks its example with " + START + " and " + END);
    String block = readme.substring(start + START.length(), end).strip();
    assertTrue(block.startsWith("```java\n") && block.endsWith("```"), "a ```java block between the markers");
    return block.substring("```java\n".length(), block.length() - 3);
  }

  @Test
  void theReadmeExampleCompilesAsPastedAndReadsBackTheStatementItWrote() throws Exception {
    String output = InMemoryJava.run("Example", example(readme()));

    // Nothing from the validator, then "true": valid, and read back equal.
    assertEquals("true\n", output);
  }
}
