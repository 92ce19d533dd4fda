package org.balimodel.jackson3;

import java.util.Map;
import java.util.stream.Collectors;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.validation.Issue;
import org.balimodel.core.wire.Shape;
import org.balimodel.jackson3.internal.Binder;
import org.balimodel.jackson3.internal.Issues;
import org.balimodel.jackson3.internal.PackageVersion;
import org.balimodel.jackson3.internal.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module of the bali wire format, for applications on Jackson 3
 * ({@code tools.jackson}), such as Spring Boot 4 services: with it, a {@code JsonMapper} reads and
 * writes every type of the bali model (statements and their parts, register contents, validation
 * reports) exactly as the Jackson 2 module {@code BaliModule} of {@code bali-json} does and
 * {@code docs/format.md} describes — the same bytes, the same strictness, the same messages.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new BaliJacksonModule()).build();
 * // or, through ServiceLoader: JsonMapper.builder().findAndAddModules().build()
 * Statement statement = mapper.readValue(json, Statement.class);
 * }</pre>
 *
 * <p>In a Spring Boot 4 application the module is found on the class path and registered with no
 * code: a controller can take a {@code Statement} as its {@code @RequestBody}.
 *
 * <p>Both modules are driven by one description of the wire format in {@code bali-core}, so they
 * cannot drift. Reading is as strict as the format: a value of the wrong JSON type, a
 * {@code null}, a duplicate or missing property, or an unsupported {@code formatVersion} fails,
 * listing every problem of the value in one {@link MismatchedInputException}; an unknown property
 * fails when the mapper has {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} (Jackson's
 * default; Spring Boot turns it off) and is ignored otherwise. Polymorphic type information is
 * refused. The mapper applies neither bali-json's input limits nor validation: for untrusted
 * input, read with {@code BaliJson} of {@code bali-json}, or validate what the mapper gives.
 *
 * <p>The result of {@code BaliJson.read} ({@code ReadResult}) belongs to {@code bali-json} and is
 * not bound here: this module must not bring Jackson 2 with it. Write its statement and report,
 * which are bound, instead.
 */
public final class BaliJacksonModule extends JacksonModule {

  /** A module; create one per mapper or share it, it holds no state. */
  public BaliJacksonModule() {}

  @Override
  public String getModuleName() {
    String artifact = PackageVersion.VERSION.getArtifactId();
    return artifact == null ? "bali-jackson3" : artifact;
  }

  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  @Override
  public Object getRegistrationId() {
    return BaliJacksonModule.class.getName();
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Map.Entry<Class<?>, Shape.Obj> entry : Shape.all().entrySet()) {
      add(serializers, deserializers, entry.getKey(), entry.getValue());
    }
    add(serializers, deserializers, PartialDate.class, new Shape.Partial());
    add(serializers, deserializers, Actor.class, new Shape.ActorObject());
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void add(
      SimpleSerializers serializers, SimpleDeserializers deserializers, Class<?> type, Shape shape) {
    serializers.addSerializer((Class) type, new ShapeSerializer(type, shape));
    deserializers.addDeserializer((Class) type, new ShapeDeserializer(type, shape));
  }

  private static final String NO_TYPING =
      "bali types take no polymorphic type information (default typing is not supported)";

  /** Writes one bali type. */
  private static final class ShapeSerializer extends ValueSerializer<Object> {
    private final Class<?> type;
    private final Shape shape;

    ShapeSerializer(Class<?> type, Shape shape) {
      this.type = type;
      this.shape = shape;
    }

    @Override
    public void serialize(Object value, JsonGenerator g, SerializationContext context) {
      Writer.write(g, shape, value);
    }

    @Override
    public void serializeWithType(
        Object value, JsonGenerator g, SerializationContext context, TypeSerializer typeSer) {
      context.reportBadDefinition(type, NO_TYPING, null);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  /** Reads one bali type, reporting every problem of the value in one exception. */
  private static final class ShapeDeserializer extends ValueDeserializer<Object> {
    private final Class<?> type;
    private final Shape shape;

    ShapeDeserializer(Class<?> type, Shape shape) {
      this.type = type;
      this.shape = shape;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext context) {
      Issues issues = new Issues();
      Binder.Unknown unknown =
          context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              ? Binder.Unknown.ERROR
              : Binder.Unknown.IGNORE;
      Object value = new Binder(unknown, issues).read(p, shape);
      if (issues.hasErrors() || value == null) {
        String problems =
            issues.list().stream().filter(Issue::isError).map(Issue::toString).collect(Collectors.joining("; "));
        throw MismatchedInputException.from(
            p, type, "cannot read " + type.getSimpleName() + ": " + problems);
      }
      return value;
    }

    @Override
    public Object deserializeWithType(
        JsonParser p, DeserializationContext context, TypeDeserializer typeDeserializer) {
      throw InvalidDefinitionException.from(p, NO_TYPING, context.constructType(type));
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
