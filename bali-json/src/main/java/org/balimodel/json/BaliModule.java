package org.balimodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.validation.Issue;
import org.balimodel.json.internal.Binder;
import org.balimodel.json.internal.Issues;
import org.balimodel.json.internal.PackageVersion;
import org.balimodel.core.wire.Shape;
import org.balimodel.json.internal.Writer;

/**
 * The Jackson module of the bali wire format, for applications that bring their own
 * {@code ObjectMapper}: with it, a plain {@code JsonMapper} reads and writes every type of the
 * bali model (statements, their parts, register contents, validation reports) exactly as
 * {@link BaliJson} does and {@code docs/format.md} describes.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new BaliModule()).build();
 * // or, through ServiceLoader: JsonMapper.builder().findAndAddModules().build()
 * Statement statement = mapper.readValue(json, Statement.class);
 * }</pre>
 *
 * <p>The serializers and deserializers are bali's own, driven by the record components; they call
 * only the public accessors and canonical constructors of the exported model, so they work on the
 * module path without {@code opens} and whatever the mapper's visibility settings. Reading is as
 * strict as the format: a value of the wrong JSON type, a {@code null}, a duplicate or missing
 * property fails, listing every problem of the value at once; an unknown property fails when the
 * mapper has {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} (Jackson's default) and is
 * ignored otherwise. Polymorphic type information is refused. The mapper does not apply
 * {@link Limits} or validation: use {@link BaliJson} for untrusted input.
 */
public final class BaliModule extends Module {

  /** A module; create one per mapper or share it, it holds no state. */
  public BaliModule() {}

  @Override
  public String getModuleName() {
    return PackageVersion.VERSION.getArtifactId() == null ? "bali-json" : PackageVersion.VERSION.getArtifactId();
  }

  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  @Override
  public Object getTypeId() {
    return BaliModule.class.getName();
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Map.Entry<Class<?>, Shape.Obj> entry : Shape.all().entrySet()) {
      add(serializers, deserializers, entry.getKey(), entry.getValue());
    }
    add(serializers, deserializers, ReadResult.class, Shape.derive(ReadResult.class));
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

  /** Writes one bali type. */
  private static final class ShapeSerializer extends JsonSerializer<Object> {
    private final Class<?> type;
    private final Shape shape;

    ShapeSerializer(Class<?> type, Shape shape) {
      this.type = type;
      this.shape = shape;
    }

    @Override
    public void serialize(Object value, JsonGenerator g, SerializerProvider provider) throws IOException {
      Writer.write(g, shape, value);
    }

    @Override
    public void serializeWithType(
        Object value, JsonGenerator g, SerializerProvider provider, TypeSerializer typeSer)
        throws IOException {
      provider.reportBadDefinition(
          type, "bali types take no polymorphic type information (default typing is not supported)");
    }

    @Override
    public Class<Object> handledType() {
      @SuppressWarnings("unchecked")
      Class<Object> handled = (Class<Object>) type;
      return handled;
    }
  }

  /** Reads one bali type, reporting every problem of the value in one exception. */
  private static final class ShapeDeserializer extends JsonDeserializer<Object> {
    private final Class<?> type;
    private final Shape shape;

    ShapeDeserializer(Class<?> type, Shape shape) {
      this.type = type;
      this.shape = shape;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Issues issues = new Issues();
      Binder.Unknown unknown =
          ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
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
        JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
        throws IOException {
      throw InvalidDefinitionException.from(
          p,
          "bali types take no polymorphic type information (default typing is not supported)",
          ctxt.constructType(type));
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
