package org.balimodel.json;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the reader with arbitrary bytes. Under {@code mvn verify} it runs in Jazzer's regression
 * mode over the seed inputs in {@code ReaderFuzzTestInputs}; {@code JAZZER_FUZZ=1 mvn -pl bali-json
 * test -Dtest=ReaderFuzzTest} fuzzes for real and adds any crashing input there.
 */
class ReaderFuzzTest {

  private static final BaliJson JSON = BaliJson.create();
  private static final BaliJson SMALL =
      BaliJson.builder().limits(Limits.builder().maxDepth(8).maxStringLength(64).maxIssues(20).build()).build();

  @FuzzTest(maxDuration = "60s")
  void aDocumentNeverMakesTheReaderThrow(byte[] input) {
    for (BaliJson json : new BaliJson[] {JSON, SMALL}) {
      ReadResult result = json.read(input);
      if (result.statement().isEmpty()) {
        assertFalse(result.report().errors().isEmpty());
      }
      assertFalse(result.report().issues().stream().anyMatch(i -> i.code().equals("json.internal")), result.report().toString());
    }
  }
}
