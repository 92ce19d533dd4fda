package org.balimodel.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.balimodel.core.model.Statement;
import org.balimodel.core.validation.IssueCode;
import org.balimodel.core.validation.StatementValidator;
import org.balimodel.json.internal.DocumentReader;
import org.balimodel.core.wire.Shape;
import org.balimodel.json.internal.Writer;

/**
 * The entry point for reading and writing Bali Process statements as JSON: one call turns
 * untrusted bytes into a typed {@link Statement} and one report of everything wrong with them.
 *
 * <pre>{@code
 * BaliJson json = BaliJson.create();
 * ReadResult result = json.read(Path.of("statement.json"));
 * result.report().issues().forEach(System.out::println);
 * result.statement().ifPresent(s -> System.out.println(json.writePretty(s)));
 * }</pre>
 *
 * <p>Reading never throws for bad input. It refuses input over the {@link Limits} without reading
 * it whole, checks the bytes are UTF-8, binds the document in one pass that lists every structural
 * problem (unknown, duplicate and missing properties, values of the wrong type, nulls), and, when a
 * statement could be built, validates it with the configured {@link StatementValidator}. Every
 * issue has a stable code (an {@link IssueCode}: the reader's are named {@code JSON_…}), a JSON Pointer, and a
 * line and column where the input has them.
 *
 * <p>Writing is deterministic: the same statement always gives the same bytes (UTF-8, properties
 * in the order of the record components, lists in document order, absent and empty values
 * omitted, {@code "\n"} line ends in pretty output on every platform).
 *
 * <p>An instance is immutable and thread-safe: create it once and share it.
 */
public final class BaliJson {

  /** The {@code $id} of the JSON Schema of the format version this library writes. */
  public static final String SCHEMA_ID = "https://balimodel.org/schema/statement-1.schema.json";

  /** The format version this library reads and writes ({@code "formatVersion": 1}). */
  public static final int FORMAT_VERSION = Shape.FORMAT_VERSION;

  private static final Shape.Obj STATEMENT = Shape.of(Statement.class);

  private final boolean lenient;
  private final Limits limits;
  private final StatementValidator validator;
  private final JsonFactory factory;
  private final DefaultPrettyPrinter pretty;
  private final DocumentReader reader;

  private BaliJson(Builder builder) {
    this.lenient = builder.lenient;
    this.limits = builder.limits;
    this.validator = builder.validator != null ? builder.validator : StatementValidator.create();
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(limits.maxDocumentBytes())
                    .maxNestingDepth(limits.maxDepth())
                    .maxStringLength(limits.maxStringLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxNameLength(limits.maxNameLength())
                    .maxTokenCount(limits.maxTokenCount())
                    .build())
            // Duplicates are found by the binder, which goes on reading and reports them all.
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            // Characters beyond the Basic Multilingual Plane are written as UTF-8, like every
            // other character, rather than as escaped surrogate pairs.
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();
    this.pretty = prettyPrinter();
    this.reader = new DocumentReader(lenient, limits, validator, factory);
  }

  /**
   * The layout of pretty output, shared with the published schema file: two-space indentation,
   * {@code "\n"} line ends on every platform, {@code "name": value}, and {@code []}/{@code {}} for
   * empty containers.
   */
  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withSeparators(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /**
   * A strict reader and writer with the {@linkplain Limits#defaults() default limits} that
   * validates against the register bali ships ({@link StatementValidator#create()}).
   */
  public static BaliJson create() {
    return new Builder().build();
  }

  /** A builder, starting from the settings of {@link #create()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether unknown properties are warnings (lenient) rather than errors (strict). */
  public boolean isLenient() {
    return lenient;
  }

  /** The limits input is checked against. */
  public Limits limits() {
    return limits;
  }

  /** The validator statements are checked with once read. */
  public StatementValidator validator() {
    return validator;
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /** Reads a statement document from UTF-8 bytes; a UTF-8 byte order mark is skipped. */
  public ReadResult read(byte[] json) {
    return reader.read(json);
  }

  /**
   * Reads a statement document from text; the size limit counts characters, and a leading byte
   * order mark ({@code U+FEFF}) is skipped as in bytes.
   */
  public ReadResult read(String json) {
    return reader.read(json);
  }

  /**
   * Reads a statement document from a stream of UTF-8 bytes, reading at most one byte more than
   * the size limit; the stream is not closed.
   */
  public ReadResult read(InputStream json) {
    return reader.read(json);
  }

  /**
   * Reads a statement document from a stream of characters, reading at most one character more
   * than the size limit; the reader is not closed.
   */
  public ReadResult read(Reader json) {
    return reader.read(json);
  }

  /** Reads a statement document from a UTF-8 file; a file over the size limit is not opened. */
  public ReadResult read(Path json) {
    return reader.read(json);
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  /** The statement as compact JSON text. */
  public String write(Statement statement) {
    return new String(writeBytes(statement), StandardCharsets.UTF_8);
  }

  /** The statement as indented JSON text, two spaces per level, {@code "\n"} line ends. */
  public String writePretty(Statement statement) {
    return new String(writePrettyBytes(statement), StandardCharsets.UTF_8);
  }

  /** The statement as compact JSON in UTF-8. */
  public byte[] writeBytes(Statement statement) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
    write(statement, out, false);
    return out.toByteArray();
  }

  /** The statement as indented JSON in UTF-8, ending with a line feed. */
  public byte[] writePrettyBytes(Statement statement) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    write(statement, out, true);
    return out.toByteArray();
  }

  /**
   * Writes the statement as UTF-8 JSON to a stream, which is flushed and not closed.
   *
   * @throws UncheckedIOException when the stream fails
   */
  public void write(Statement statement, OutputStream out, boolean indent) {
    Objects.requireNonNull(statement, "statement");
    try {
      JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (indent) {
        // A pretty printer counts nesting as it writes: each write needs its own.
        g.setPrettyPrinter(pretty.createInstance());
      }
      Writer.write(g, STATEMENT, statement);
      g.flush();
      if (indent) {
        out.write('\n');
      }
      out.flush();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the statement cannot be written: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The JSON Schema (2020-12) of a statement document, as shipped in this jar.
   *
   * <p>The file is the resource {@code org/balimodel/json/statement-1.schema.json}. Its package is
   * opened by the module ({@code opens org.balimodel.json}), so code outside this module can read
   * it too, on the module path as on the class path:
   * {@code BaliJson.class.getResourceAsStream("statement-1.schema.json")} or a class loader's
   * {@code getResource("org/balimodel/json/statement-1.schema.json")}.
   */
  public static String schema() {
    try (InputStream in = BaliJson.class.getResourceAsStream("statement-1.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("statement-1.schema.json is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds a {@link BaliJson}; every setting starts as {@link BaliJson#create()} has it. */
  public static final class Builder {
    private boolean lenient;
    private Limits limits = Limits.defaults();
    private StatementValidator validator;

    private Builder() {}

    /**
     * Whether to read leniently: an unknown property is then a warning
     * ({@code json.structure.unknown-property}) and is ignored, instead of an error. Everything
     * else stays strict. Default false.
     */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /** The limits input is checked against; default {@link Limits#defaults()}. */
    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** The validator read statements are checked with; default {@link StatementValidator#create()}. */
    public Builder validator(StatementValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /** The reader and writer. */
    public BaliJson build() {
      return new BaliJson(this);
    }
  }
}
