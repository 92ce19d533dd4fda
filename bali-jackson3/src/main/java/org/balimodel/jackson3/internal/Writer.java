package org.balimodel.jackson3.internal;

import tools.jackson.core.JsonGenerator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.wire.Shape;
import org.balimodel.core.wire.Shape.ActorObject;
import org.balimodel.core.wire.Shape.Array;
import org.balimodel.core.wire.Shape.Day;
import org.balimodel.core.wire.Shape.Enumerated;
import org.balimodel.core.wire.Shape.Int;
import org.balimodel.core.wire.Shape.Maybe;
import org.balimodel.core.wire.Shape.Obj;
import org.balimodel.core.wire.Shape.Partial;
import org.balimodel.core.wire.Shape.Property;
import org.balimodel.core.wire.Shape.Text;

/**
 * Writes the bali model as Jackson 3 JSON tokens, token for token as bali-json's writer writes
 * Jackson 2 tokens: properties in record component order, lists in document order, absent
 * optionals and empty lists and references omitted.
 */
public final class Writer {
  private Writer() {}

  /** Writes a value of the given shape. */
  public static void write(JsonGenerator g, Shape shape, Object value) {
    if (shape instanceof Obj obj) {
      object(g, obj, value);
    } else if (shape instanceof Array array) {
      g.writeStartArray();
      for (Object element : (List<?>) value) {
        write(g, array.element(), element);
      }
      g.writeEndArray();
    } else if (shape instanceof Maybe maybe) {
      write(g, maybe.value(), ((Optional<?>) value).orElseThrow());
    } else if (shape instanceof Text) {
      g.writeString((String) value);
    } else if (shape instanceof Int) {
      g.writeNumber((Integer) value);
    } else if (shape instanceof Enumerated) {
      g.writeString(((Enum<?>) value).name());
    } else if (shape instanceof Partial) {
      g.writeString(((PartialDate) value).toString());
    } else if (shape instanceof Day) {
      g.writeString(((LocalDate) value).toString());
    } else if (shape instanceof ActorObject) {
      actor(g, (Actor) value);
    } else {
      throw new IllegalStateException("no writer for " + shape);
    }
  }

  private static void object(JsonGenerator g, Obj obj, Object value) {
    g.writeStartObject();
    if (obj.isStatement()) {
      g.writeNumberProperty(Shape.FORMAT_VERSION_PROPERTY, Shape.FORMAT_VERSION);
    }
    for (Property property : obj.properties()) {
      Object v = property.valueIn(value);
      if (property.omits(v)) {
        continue;
      }
      g.writeName(property.name());
      write(g, property.shape(), v);
    }
    g.writeEndObject();
  }

  private static void actor(JsonGenerator g, Actor actor) {
    g.writeStartObject();
    g.writeStringProperty(ActorObject.kindOf(actor), ActorObject.valueOf(actor));
    g.writeEndObject();
  }
}
