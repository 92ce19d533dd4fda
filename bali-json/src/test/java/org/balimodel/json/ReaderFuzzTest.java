package org.balimodel.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the reader with arbitrary bytes: whatever arrives, reading returns a well-formed report
 * (see {@link WellFormed}) and never throws, read as bytes or as text, strictly, leniently or under
 * small limits.
 *
 * <p>Under {@code mvn verify} Jazzer runs it in regression mode, once per kept input in
 * {@code src/test/resources/org/balimodel/json/ReaderFuzzTestInputs/}: the example statement,
 * hostile documents and every crash ever found. {@code JAZZER_FUZZ=1} fuzzes for real, for at most
 * {@code maxDuration}, and adds a crashing input to that directory.
 */
class ReaderFuzzTest {

  private static final BaliJson STRICT = BaliJson.create();
  private static final BaliJson LENIENT = BaliJson.builder().lenient(true).build();
  private static final BaliJson SMALL =
      BaliJson.builder()
          .limits(Limits.builder().maxDepth(8).maxStringLength(64).maxNumberLength(16).maxIssues(5).build())
          .build();

  @FuzzTest(maxDuration = "50s")
  void noDocumentMakesTheReaderThrowOrReportBadly(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (BaliJson json : new BaliJson[] {STRICT, LENIENT, SMALL}) {
      int max = json.limits().maxIssues();
      WellFormed.result(json.read(input), max);
      WellFormed.result(json.read(text), max);
    }
  }
}
