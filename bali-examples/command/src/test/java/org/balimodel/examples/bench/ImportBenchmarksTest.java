package org.balimodel.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.balimodel.core.compare.Comparison;
import org.balimodel.core.model.Statement;
import org.balimodel.core.text.Draft;
import org.balimodel.examples.SeedStatement;
import org.junit.jupiter.api.Test;

/**
 * The import benchmarks time real work: in a warm JVM the seed's text imports to a draft of the
 * seed's paragraphs every time, and the comparison with the hand-made seed has something to score.
 * Nothing here is timed; JMH is the measure (docs/performance.md, "Importing text").
 */
class ImportBenchmarksTest {

  @Test
  void inAWarmJvmTheSeedsTextImportsToTheSameDraftEveryTime() {
    ImportBenchmarks benchmarks = new ImportBenchmarks();
    benchmarks.setUp();
    Draft first = benchmarks.importSeedText();
    for (int i = 0; i < 20; i++) {
      benchmarks.importSeedText();
    }
    Draft warm = benchmarks.importSeedText();

    assertEquals(first, warm);
    Statement draft = warm.statement().orElseThrow();
    assertEquals(SeedStatement.statement().paragraphs().size(), draft.paragraphs().size());
    assertFalse(draft.decisions().isEmpty());
  }

  @Test
  void theComparisonTheBenchmarkTimesScoresTheDraftAgainstTheSeedTheSameWayEveryTime() {
    ImportBenchmarks benchmarks = new ImportBenchmarks();
    benchmarks.setUp();
    Comparison comparison = benchmarks.compareSeedDraft();

    assertFalse(comparison.scores().isEmpty());
    assertEquals(comparison.differences(), benchmarks.compareSeedDraft().differences());
    assertTrue(Comparison.between(SeedStatement.statement(), SeedStatement.statement()).identical());
  }
}
