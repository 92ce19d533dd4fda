package org.balimodel.examples.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.balimodel.core.validation.Report;
import org.balimodel.json.BaliJson;
import org.balimodel.json.ReadResult;

/**
 * The inputs of the benchmarks, checked before they are timed: a benchmark of a statement that
 * does not read, or reads with errors, would time the error path rather than the work a service
 * does for good data, so the runner states what each input is.
 */
final class Checks {

  private static final Map<Integer, byte[]> SYNTHETIC = new ConcurrentHashMap<>();

  private Checks() {}

  /** The synthetic statement of this many decisions as bali writes it. */
  static byte[] syntheticBytes(int decisions) {
    return SYNTHETIC.computeIfAbsent(decisions,
        n -> BaliJson.create().writeBytes(SyntheticStatements.withDecisions(n, Fixtures.SYNTHETIC_SEED))).clone();
  }

  static int syntheticSize(int decisions) {
    return syntheticBytes(decisions).length;
  }

  static String describeSeed() {
    return describe(BaliJson.create().read(Fixtures.seedBytes()));
  }

  static String describeSynthetic(int decisions) {
    return String.format(java.util.Locale.ROOT, "%,d bytes, %s", syntheticSize(decisions),
        describe(BaliJson.create().read(syntheticBytes(decisions))));
  }

  private static String describe(ReadResult result) {
    Report report = result.report();
    String read = result.statement()
        .map(s -> "reads to a statement of " + s.decisions().size() + " decisions")
        .orElse("DOES NOT READ");
    String issues = report.isEmpty()
        ? "no issues"
        : report.errors().size() + " errors, " + report.warnings().size() + " warnings, " + report.issues().size()
            + " issues in all (first: " + report.issues().get(0).code() + " at " + report.issues().get(0).pointer() + ")";
    return read + ", " + (report.isValid() ? "valid" : "INVALID") + ", " + issues;
  }
}
