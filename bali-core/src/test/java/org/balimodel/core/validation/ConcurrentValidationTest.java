package org.balimodel.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.model.Statement;
import org.junit.jupiter.api.Test;

/** One validator shared by several threads. */
class ConcurrentValidationTest {

  private static final int THREADS = 8;

  @Test
  void aValidatorSharedBetweenThreadsGivesEachThreadTheSameReports() throws Exception {
    StatementValidator validator = Fixtures.validator();
    List<Statement> statements = statements(60);
    List<Report> expected = new ArrayList<>();
    for (Statement statement : statements) {
      expected.add(validator.validate(statement));
    }
    assertFalse(expected.stream().allMatch(Report::isEmpty), "the statements should give some issues to compare");

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Report>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          start.await();
          List<Report> reports = new ArrayList<>(statements.size());
          for (int round = 0; round < 3; round++) {
            reports.clear();
            // Each thread walks the statements from a different starting point, so that different
            // statements are validated at the same moment.
            Report[] inOrder = new Report[statements.size()];
            for (int i = 0; i < statements.size(); i++) {
              int k = (i + offset * 7) % statements.size();
              inOrder[k] = validator.validate(statements.get(k));
            }
            if (!List.of(inOrder).equals(expected)) {
              throw new AssertionError("thread " + offset + " saw different reports in round " + round);
            }
            reports.addAll(List.of(inOrder));
          }
          return reports;
        }));
      }
      start.countDown();
      for (Future<List<Report>> result : results) {
        assertEquals(expected, result.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Arbitrary statements from a fixed seed, so the test sees the same ones every run. */
  private static List<Statement> statements(int count) {
    List<Statement> out = new ArrayList<>(count + 1);
    qt().withFixedSeed(20221206L).withExamples(count).forAll(Generators.arbitraryStatements()).checkAssert(out::add);
    out.add(Fixtures.withDecision(Fixtures.decision(OperativeVerb.NOTED, "The meeting welcomed it.").build()));
    return out;
  }
}
