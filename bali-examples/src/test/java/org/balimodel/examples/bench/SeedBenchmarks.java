package org.balimodel.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What it costs to handle the bundled seed statement, the 16th AHG SOM Co-Chairs' Statement, per
 * operation: with bali, with plain Jackson (the floor), and with a JSON Schema validator (the peer).
 *
 * <p>Everything each benchmark needs that a service would build once — the facade, the mapper, the
 * compiled schema — is built in {@link #setUp()}, outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SeedBenchmarks {

  private byte[] seed;
  private JsonFactory factory;
  private ObjectMapper mapper;

  /** Reads the seed and builds the long-lived objects. */
  @Setup
  public void setUp() {
    seed = Fixtures.seedBytes();
    mapper = new ObjectMapper();
    factory = mapper.getFactory();
  }

  /** The floor: Jackson's streaming parser over the bytes, every token, nothing built. */
  @Benchmark
  public void jacksonStreaming(Blackhole bh) throws IOException {
    try (JsonParser parser = factory.createParser(seed)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        bh.consume(token);
      }
    }
  }

  /** The floor a tree-based service would use: Jackson's generic tree of the same bytes. */
  @Benchmark
  public JsonNode jacksonReadTree() throws IOException {
    return mapper.readTree(seed);
  }
}
