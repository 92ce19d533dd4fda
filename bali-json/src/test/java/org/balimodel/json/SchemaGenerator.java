package org.balimodel.json;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.HasText;
import org.balimodel.core.model.Statement;
import org.balimodel.core.wire.Shape;

/**
 * Generates the JSON Schema of a statement document from the same shapes that drive the reader and
 * the writer, so that the schema cannot drift from the Java side; {@code SchemaTest} compares the
 * result with the schema checked in under {@code src/main/resources}.
 *
 * <p>Constraints of the model become schema keywords where JSON Schema can say them: the
 * identifier patterns ({@code @Slug}, {@code @Acronym}, {@code @CountryCode}) become
 * {@code pattern} and {@code maxLength}, {@code @NotBlank} and {@code @HasText} a pattern that
 * requires a non-space character, {@code @Positive} a minimum of 1.
 */
final class SchemaGenerator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Partial dates: a year of four digits from 1000, optionally a month, optionally a day. */
  static final String PARTIAL_DATE = "^[1-9][0-9]{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

  static final String DAY = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

  private final Map<String, ObjectNode> definitions = new LinkedHashMap<>();

  private SchemaGenerator() {}

  /** The schema as the text checked in: two-space indentation, "\n" line ends, a final newline. */
  static String generate() {
    ObjectNode schema = new SchemaGenerator().schema();
    DefaultPrettyPrinter printer = BaliJson.prettyPrinter();
    try {
      return new ObjectMapper().writer(printer).writeValueAsString(schema) + "\n";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private ObjectNode schema() {
    Shape.Obj statement = Shape.of(Statement.class);
    ObjectNode root = NODES.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", BaliJson.SCHEMA_ID);
    root.put("title", "Bali Process statement document, format version " + BaliJson.FORMAT_VERSION);
    root.put(
        "description",
        "An outcome document of a Bali Process meeting as typed data (docs/format.md). Generated from"
            + " the bali model; do not edit by hand.");
    ObjectNode body = object(statement);
    ObjectNode properties = NODES.objectNode();
    ObjectNode version = NODES.objectNode();
    version.put("const", BaliJson.FORMAT_VERSION);
    version.put("description", "The version of the wire format; written first.");
    properties.set("formatVersion", version);
    properties.setAll((ObjectNode) body.get("properties"));
    ArrayNode required = NODES.arrayNode().add("formatVersion");
    required.addAll((ArrayNode) body.get("required"));
    root.put("type", "object");
    root.set("properties", properties);
    root.set("required", required);
    root.put("additionalProperties", false);
    ObjectNode defs = NODES.objectNode();
    definitions.put("PartialDate", partialDate());
    definitions.put("Day", day());
    definitions.put("Actor", actor());
    List<String> names = new ArrayList<>(definitions.keySet());
    names.sort(String::compareTo);
    for (String name : names) {
      defs.set(name, definitions.get(name));
    }
    root.set("$defs", defs);
    return root;
  }

  private ObjectNode object(Shape.Obj obj) {
    ObjectNode node = NODES.objectNode();
    node.put("type", "object");
    ObjectNode properties = NODES.objectNode();
    ArrayNode required = NODES.arrayNode();
    for (Shape.Property property : obj.properties()) {
      List<Annotation> annotations = new ArrayList<>(List.of(property.component().getAnnotations()));
      properties.set(property.name(), schema(property.shape(), property.component().getAnnotatedType(), annotations));
      if (property.required()) {
        required.add(property.name());
      }
    }
    node.set("properties", properties);
    if (!required.isEmpty()) {
      node.set("required", required);
    }
    node.put("additionalProperties", false);
    return node;
  }

  private ObjectNode schema(Shape shape, AnnotatedType type, List<Annotation> declared) {
    List<Annotation> annotations = new ArrayList<>(declared);
    annotations.addAll(List.of(type.getAnnotations()));
    if (shape instanceof Shape.Maybe maybe) {
      return schema(maybe.value(), argument(type), List.of());
    }
    if (shape instanceof Shape.Array array) {
      ObjectNode node = NODES.objectNode();
      node.put("type", "array");
      node.set("items", schema(array.element(), argument(type), List.of()));
      return node;
    }
    if (shape instanceof Shape.Obj obj) {
      String name = obj.type().getSimpleName();
      if (!definitions.containsKey(name)) {
        definitions.put(name, NODES.objectNode());
        definitions.put(name, object(obj));
      }
      return ref(name);
    }
    if (shape instanceof Shape.Text) {
      ObjectNode node = NODES.objectNode();
      node.put("type", "string");
      constraints(node, annotations);
      return node;
    }
    if (shape instanceof Shape.Int) {
      ObjectNode node = NODES.objectNode();
      node.put("type", "integer");
      boolean positive = annotations.stream().anyMatch(a -> a instanceof Positive);
      node.put("minimum", positive ? 1 : Integer.MIN_VALUE);
      node.put("maximum", Integer.MAX_VALUE);
      return node;
    }
    if (shape instanceof Shape.Enumerated e) {
      ObjectNode node = NODES.objectNode();
      node.put("type", "string");
      ArrayNode values = node.putArray("enum");
      e.constants().forEach(values::add);
      return node;
    }
    if (shape instanceof Shape.Partial) {
      return ref("PartialDate");
    }
    if (shape instanceof Shape.Day) {
      return ref("Day");
    }
    if (shape instanceof Shape.ActorObject) {
      return ref("Actor");
    }
    throw new IllegalStateException("no schema for " + shape);
  }

  private static AnnotatedType argument(AnnotatedType type) {
    return ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()[0];
  }

  /** The identifier patterns and the not-blank rules of the model, as schema keywords. */
  private static void constraints(ObjectNode node, List<Annotation> annotations) {
    for (Annotation a : annotations) {
      Class<? extends Annotation> kind = a.annotationType();
      Pattern pattern = a instanceof Pattern p ? p : kind.getAnnotation(Pattern.class);
      Size size = a instanceof Size s ? s : kind.getAnnotation(Size.class);
      if (pattern != null) {
        node.put("pattern", "^" + pattern.regexp() + "$");
      }
      if (size != null) {
        node.put("minLength", size.min());
        node.put("maxLength", size.max());
      }
      if (a instanceof NotBlank || a instanceof HasText) {
        node.put("pattern", "\\S");
      }
    }
  }

  private static ObjectNode ref(String name) {
    ObjectNode node = NODES.objectNode();
    node.put("$ref", "#/$defs/" + name);
    return node;
  }

  private static ObjectNode partialDate() {
    ObjectNode node = NODES.objectNode();
    node.put("description", "An ISO 8601 reduced date: a year (2023), a year and month (2022-10) or a day (2022-12-06).");
    node.put("type", "string");
    node.put("pattern", PARTIAL_DATE);
    return node;
  }

  private static ObjectNode day() {
    ObjectNode node = NODES.objectNode();
    node.put("description", "An ISO 8601 calendar date (2022-12-06).");
    node.put("type", "string");
    node.put("pattern", DAY);
    return node;
  }

  private static ObjectNode actor() {
    ObjectNode node = NODES.objectNode();
    node.put(
        "description",
        "Who acted: exactly one of a group of participants, a body, a member or a partner, by identifier.");
    ArrayNode oneOf = node.putArray("oneOf");
    ObjectNode group = NODES.objectNode();
    ArrayNode groups = NODES.arrayNode();
    for (Actor.Group g : Actor.Group.values()) {
      groups.add(g.name());
    }
    group.put("type", "string");
    group.set("enum", groups);
    oneOf.add(single("group", group));
    ObjectNode text = NODES.objectNode();
    text.put("type", "string");
    oneOf.add(single("body", text.deepCopy()));
    oneOf.add(single("member", text.deepCopy()));
    oneOf.add(single("partner", text.deepCopy()));
    return node;
  }

  private static ObjectNode single(String name, ObjectNode value) {
    ObjectNode node = NODES.objectNode();
    node.put("type", "object");
    node.putObject("properties").set(name, value);
    node.putArray("required").add(name);
    node.put("additionalProperties", false);
    return node;
  }
}
