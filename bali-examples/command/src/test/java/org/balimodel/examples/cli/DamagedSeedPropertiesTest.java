package org.balimodel.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.balimodel.examples.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever one edit does to the seed document, {@code bali validate} answers with issue lines and a
 * total, never with a stack trace, and exits 0 or 1.
 */
class DamagedSeedPropertiesTest {

  private static final String SEED = Seed.json();

  /** What an edit puts in place of one character (or, for the last, where the text ends). */
  private static final List<String> EDITS = List.of("", "{", "}", "[", "]", "\"", ",", ":", "0", "x", "\\", "\u0000", "END");

  private static final Pattern ISSUE_LINE =
      Pattern.compile(".+\\.json:(\\d+:\\d+:)? (ERROR|WARNING|INFO) [a-z0-9.-]+ /\\S* .*");
  private static final Pattern TOTAL =
      Pattern.compile("1 file: [01] valid, [01] invalid; \\d+ errors?, \\d+ warnings?, \\d+ notes?");

  @TempDir Path dir;

  @Test
  void everySingleEditOfTheSeedIsReportedAsIssuesNeverAsAFailure() {
    qt().withFixedSeed(20221206L)
        .withExamples(150)
        .forAll(integers().between(0, SEED.length() - 1), integers().between(0, EDITS.size() - 1))
        .checkAssert(
            (at, edit) -> {
              String replacement = EDITS.get(edit);
              String damaged =
                  replacement.equals("END")
                      ? SEED.substring(0, at)
                      : SEED.substring(0, at) + replacement + SEED.substring(at + 1);
              Path file = write(damaged);

              BaliCommandTest.Run run = BaliCommandTest.bali("validate", file.toString());

              assertTrue(run.status() == Bali.OK || run.status() == Bali.INVALID, run::err);
              assertEquals("", run.err());
              List<String> lines = run.outLines();
              assertTrue(TOTAL.matcher(lines.get(lines.size() - 1)).matches(), run::out);
              for (String line : lines.subList(0, lines.size() - 1)) {
                assertTrue(ISSUE_LINE.matcher(line).matches(), line);
              }
              assertEquals(
                  run.status() == Bali.OK,
                  lines.stream().noneMatch(l -> l.contains(" ERROR ")),
                  run::out);
            });
  }

  private Path write(String text) {
    try {
      return Files.writeString(Files.createTempFile(dir, "damaged", ".json"), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
