package org.balimodel.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What it costs to handle the bundled seed statement, the 16th AHG SOM Co-Chairs' Statement, per
 * operation: with bali, with plain Jackson (the floor), and with a JSON Schema validator (the peer).
 *
 * <p>Everything a service would build once — the facade, the validator, the mapper, the compiled
 * schema — is built in {@link #setUp()}, outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(2)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SeedBenchmarks {

  /** The benchmarks in table order, with what each does. */
  static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

  static {
    DESCRIPTIONS.put("jacksonStreaming", "Jackson: nextToken() to the end (floor)");
    DESCRIPTIONS.put("jacksonReadTree", "Jackson: readTree (floor, 1.00 by definition)");
    DESCRIPTIONS.put("baliRead", "bali: bytes → Statement, no validation (BaliModule on an ObjectMapper)");
    DESCRIPTIONS.put("baliValidate", "bali: StatementValidator.validate(Statement)");
    DESCRIPTIONS.put("baliReadValidate", "bali: BaliJson.read(bytes) = read + validate");
    DESCRIPTIONS.put("baliWrite", "bali: BaliJson.writeBytes(Statement)");
    DESCRIPTIONS.put("schemaPeer", "peer: readTree + networknt 2.0.8 against statement-2.schema.json");
    DESCRIPTIONS.put("baliCreateFacade", "bali: BaliJson.create() in a warm JVM");
    DESCRIPTIONS.put("diagConstraintsOnly",
        "diagnosis: the Jakarta constraint layer alone (Hibernate Validator on the statement, as bali configures it)");
    DESCRIPTIONS.put("diagReadValidateNoIssue",
        "diagnosis: BaliJson.read of the seed without its one name variant, so the report is empty");
  }

  private byte[] seed;
  private JsonFactory factory;
  private ObjectMapper mapper;
  private BaliJson json;
  private StatementValidator validator;
  private Statement statement;
  private Schema schema;
  private ObjectMapper baliMapper;
  private Validator constraints;
  private byte[] seedWithoutNameVariant;

  /** Reads the seed and builds the long-lived objects. */
  @Setup
  public void setUp() {
    seed = Fixtures.seedBytes();
    mapper = new ObjectMapper();
    factory = mapper.getFactory();
    json = BaliJson.create();
    validator = StatementValidator.create();
    baliMapper = new ObjectMapper().registerModule(new BaliModule());
    ReadResult result = json.read(seed);
    statement = result.statement().orElseThrow(() -> new IllegalStateException("the seed does not read: " + result.report()));
    // The same provider and settings as StatementValidator's constraint layer: messages are plain
    // templates, no expression language.
    constraints = Validation.byDefaultProvider().configure()
        .messageInterpolator(new TemplateOnly())
        .buildValidatorFactory()
        .getValidator();
    Statement plain = new Statement.Builder().from(statement).nameVariants(List.of()).build();
    seedWithoutNameVariant = json.writeBytes(plain);
    Report plainReport = json.read(seedWithoutNameVariant).report();
    if (!plainReport.isEmpty()) {
      throw new IllegalStateException("the seed without its name variant still has issues: " + plainReport);
    }
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(new ByteArrayInputStream(Fixtures.schemaBytes()));
    List<Error> errors = schemaPeer();
    if (!errors.isEmpty()) {
      // The peer must do the same job bali does: accept the seed. Otherwise it times an error path.
      throw new IllegalStateException("the schema rejects the seed: " + errors);
    }
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

  /** The peer: what a service without bali does, a tree checked against bali's published schema. */
  @Benchmark
  public List<Error> schemaPeer() {
    try {
      return schema.validate(mapper.readTree(seed));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * bali: the seed's bytes to the typed statement, without validation, through {@link BaliModule}
   * on an application's own mapper (the facade always validates).
   */
  @Benchmark
  public Statement baliRead() throws IOException {
    return baliMapper.readValue(seed, Statement.class);
  }

  /** bali: the full validation of an already read statement. */
  @Benchmark
  public Report baliValidate() {
    return validator.validate(statement);
  }

  /** bali: what a service calls, bytes to statement and report in one call. */
  @Benchmark
  public ReadResult baliReadValidate() {
    return json.read(seed);
  }

  /** bali: the statement back to bytes. */
  @Benchmark
  public byte[] baliWrite() {
    return json.writeBytes(statement);
  }

  /**
   * Diagnosis: the attribute constraints alone, with the provider bali uses (Hibernate Validator),
   * so that the table can say how much of {@link #baliValidate()} is the constraint layer and how
   * much the document rules.
   */
  @Benchmark
  public Set<ConstraintViolation<Statement>> diagConstraintsOnly() {
    return constraints.validate(statement);
  }

  /**
   * Diagnosis: read + validate of the seed less its one name variant, whose {@code name.variant}
   * information is the seed's only issue: the difference to {@link #baliReadValidate()} is what
   * locating one issue costs.
   */
  @Benchmark
  public ReadResult diagReadValidateNoIssue() {
    return json.read(seedWithoutNameVariant);
  }

  /** Messages as their templates: interpolation plays no part when nothing is violated. */
  private static final class TemplateOnly implements MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      return template;
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      return template;
    }
  }

  /** bali: a new facade; cheap when everything costly is built once per process. */
  @Benchmark
  public BaliJson baliCreateFacade() {
    return BaliJson.create();
  }
}
