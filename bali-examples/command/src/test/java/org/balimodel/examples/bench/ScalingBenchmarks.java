package org.balimodel.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.balimodel.core.model.Statement;
import org.balimodel.core.validation.Report;
import org.balimodel.core.validation.StatementValidator;
import org.balimodel.json.BaliJson;
import org.balimodel.json.BaliModule;
import org.balimodel.json.ReadResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How the cost of reading and validating a statement grows with its number of decisions: synthetic
 * statements of 10, 100, 1,000 and 10,000 decisions ({@link SyntheticStatements}), read and
 * validated through the facade, beside Jackson's tree of the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScalingBenchmarks {

  /** The sizes measured, in decisions. */
  static final int[] SIZES = {10, 100, 1_000, 10_000};

  /** The number of decisions of the statement read. */
  @Param({"10", "100", "1000", "10000"})
  public int decisions;

  private byte[] bytes;
  private BaliJson json;
  private ObjectMapper mapper;
  private ObjectMapper baliMapper;
  private StatementValidator validator;
  private Statement statement;

  /** Generates the statement, writes it once, and builds the facade and mapper. */
  @Setup
  public void setUp() {
    json = BaliJson.create();
    mapper = new ObjectMapper();
    bytes = Checks.syntheticBytes(decisions);
    baliMapper = new ObjectMapper().registerModule(new BaliModule());
    validator = StatementValidator.create();
    statement = json.read(bytes).statement().orElseThrow();
  }

  /** bali: bytes to a typed statement and its full validation report, in one call. */
  @Benchmark
  public ReadResult baliReadValidate() {
    return json.read(bytes);
  }

  /** Diagnosis: the reading half alone, bytes to statement through {@link BaliModule}. */
  @Benchmark
  public Statement diagRead() throws IOException {
    return baliMapper.readValue(bytes, Statement.class);
  }

  /** Diagnosis: the validating half alone, on a statement read once in setup. */
  @Benchmark
  public Report diagValidate() {
    return validator.validate(statement);
  }

  /** The floor: Jackson's generic tree of the same bytes. */
  @Benchmark
  public JsonNode jacksonReadTree() throws IOException {
    return mapper.readTree(bytes);
  }
}
