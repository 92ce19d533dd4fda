package org.balimodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.balimodel.core.validation.IssueCode;
import org.balimodel.core.validation.Report;
import org.balimodel.core.validation.StatementValidator;
import org.junit.jupiter.api.Test;

/**
 * A small document that breaks one rule very many times gives a capped report, in bounded memory
 * and time, not a report as long as the document.
 */
class IssueCapTest {

  /** A document whose meeting names {@code id} as co-chair {@code times} times. */
  static String coChairs(String id, int times) {
    StringBuilder list = new StringBuilder(times * (id.length() + 3) + 2).append('[');
    for (int i = 0; i < times; i++) {
      list.append(i == 0 ? "" : ",").append('"').append(id).append('"');
    }
    return Documents.setRaw("/meeting/coChairs", list.append(']').toString());
  }

  @Test
  void aHundredThousandUnresolvedCoChairsGiveAThousandIssuesAndACount() {
    Report report = BaliJson.create().read(coChairs("XYZ", 100_000)).report();

    assertEquals(StatementValidator.DEFAULT_MAX_ISSUES + 1, report.issues().size());
    assertTrue(report.tooMany());
    var last = report.issues().get(report.issues().size() - 1);
    assertEquals(IssueCode.JSON_LIMIT_ISSUES.code(), last.code());
    // One issue per unresolved co-chair: a thousand listed, the other 99,000 counted.
    long more = Long.parseLong(last.message().split(" ")[1]);
    assertTrue(more >= 99_000 && more < 99_010, last.message());
    assertTrue(report.issues().stream().mapToInt(i -> i.message().length()).max().orElse(0) < 400);
  }

  @Test
  void aValidatorListsAsManyIssuesAsItIsAsked() {
    var statement = BaliJson.create().read(coChairs("NZL", 10)).statement().orElseThrow();

    Report report = StatementValidator.create().validate(statement, 3);

    assertEquals(4, report.issues().size());
    assertTrue(report.tooMany());
    assertTrue(StatementValidator.create().validate(statement).issues().size() < 1000);
    assertTrue(!StatementValidator.create().validate(statement).tooMany());
  }

  @Test
  void nineHundredNinetyThousandRepeatedCoChairsAreReadInASmallHeap() throws Exception {
    String classPath =
        System.getProperty("java.class.path")
            + File.pathSeparator
            + System.getProperty("jdk.module.path", "");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(java, "-Xmx128m", "-cp", classPath, Probe.class.getName())
            .redirectErrorStream(true)
            .start();
    boolean done = process.waitFor(120, TimeUnit.SECONDS);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!done) {
      process.destroyForcibly();
    }
    assertTrue(done, "the reading did not end within two minutes");
    assertEquals(0, process.exitValue(), output);
    List<String> lines = new ArrayList<>(output.lines().toList());
    String result = lines.get(lines.size() - 1);
    assertTrue(result.startsWith("issues 1001 tooMany true"), output);
  }

  /** Reads the hostile document in the forked, small-heap JVM and prints what it got. */
  public static final class Probe {
    public static void main(String[] args) {
      byte[] document = coChairs("NZL", 990_000).getBytes(StandardCharsets.UTF_8);
      long start = System.nanoTime();
      Report report = BaliJson.create().read(document).report();
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.println(
          "bytes " + document.length + " millis " + millis);
      System.out.println("issues " + report.issues().size() + " tooMany " + report.tooMany());
    }
  }
}
