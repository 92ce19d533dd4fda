package org.balimodel.examples.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.balimodel.core.compare.Comparison;
import org.balimodel.core.model.Statement;
import org.balimodel.core.register.Register;
import org.balimodel.core.text.Draft;
import org.balimodel.core.text.StatementImporter;
import org.balimodel.examples.Seed;
import org.balimodel.examples.SeedStatement;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What it costs to read the published text of the seed statement, the 16th AHG SOM Co-Chairs'
 * Statement, into a draft, and to measure that draft against the hand-made encoding, per operation
 * in a warm JVM (issue 9: importing the seed's text takes under 50 ms).
 *
 * <p>The importer and the register are built once in {@link #setUp()}, as a service would build
 * them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(2)
// The reader is pattern matching throughout, and the JIT takes about six seconds to settle on it
// (11–27 ms an import in the first warm-up seconds, 6 ms after): three one-second warm-ups time the
// compiler, not the reader.
@Warmup(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ImportBenchmarks {

  /** The benchmarks in table order, with what each does. */
  static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

  static {
    DESCRIPTIONS.put("importSeedText", "StatementImporter.read of the seed's published Markdown");
    DESCRIPTIONS.put("compareSeedDraft", "Comparison.between(SeedStatement.statement(), draft of the seed's text)");
  }

  private StatementImporter importer;
  private String text;
  private Statement reference;
  private Statement draft;

  /** Reads the seed's text once, so that no figure times a text that does not read. */
  @Setup
  public void setUp() {
    importer = StatementImporter.of(Register.baliProcess());
    text = Seed.text();
    reference = SeedStatement.statement();
    Draft read = importer.read(text);
    draft = read.statement().orElseThrow(() -> new IllegalStateException("the seed's text does not import: " + read.report()));
  }

  /** The seed's text to a draft statement and its report. */
  @Benchmark
  public Draft importSeedText() {
    return importer.read(text);
  }

  /** The hand-made seed against the draft of its text: scores per kind of fact and the differences. */
  @Benchmark
  public Comparison compareSeedDraft() {
    return Comparison.between(reference, draft);
  }

  /** The draft a read of the seed's text gives, for the checks that the benchmark's input reads. */
  Statement draft() {
    return draft;
  }
}
