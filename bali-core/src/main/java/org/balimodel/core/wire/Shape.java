package org.balimodel.core.wire;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Entities;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.References;
import org.balimodel.core.model.Statement;
import org.balimodel.core.register.RegisterContents;
import org.balimodel.core.validation.Report;

/**
 * The wire shape of a value of the bali model, derived once from the record components.
 *
 * <p>It lives in {@code bali-core}, which never loads Jackson, so that every JSON binding (the
 * Jackson 2 module in {@code bali-json}, and any other) is driven by one description and cannot
 * drift from the others. The package is exported only to the binding modules.
 *
 * <p>One description drives the reader, the writer, the Jackson module and the schema generator,
 * so that they cannot disagree: a record is an object whose properties are its components in
 * declaration order; a {@code List} is an array; an {@code Optional} is a property that may be
 * omitted; enums are their constant names; dates are ISO strings; an actor is a one-property object.
 */
public sealed interface Shape {

  /** A JSON string. */
  record Text() implements Shape {}

  /** A JSON integer in the range of a Java {@code int}. */
  record Int() implements Shape {}

  /** A JSON string naming an enum constant. */
  record Enumerated(Class<? extends Enum<?>> type, List<String> constants) implements Shape {}

  /** An ISO 8601 reduced date: {@code 2022}, {@code 2022-10}, {@code 2022-12-06}. */
  record Partial() implements Shape {}

  /** An ISO 8601 calendar date {@code 2022-12-06}. */
  record Day() implements Shape {}

  /** An object with exactly one of {@code group}, {@code body}, {@code member}, {@code partner}. */
  record ActorObject() implements Shape {
    private static final List<String> KINDS = List.of("group", "body", "member", "partner");
    private static final Shape GROUP = enumerated(Actor.Group.class);
    private static final Shape NAME = new Text();

    /** The property names of an actor object, one per kind of actor, in this order. */
    public static List<String> kinds() {
      return KINDS;
    }

    /** The shape of the value of an actor property, or null when the name is no kind of actor. */
    public static Shape valueShape(String kind) {
      return switch (kind) {
        case "group" -> GROUP;
        case "body", "member", "partner" -> NAME;
        default -> null;
      };
    }

    /** The actor an actor property stands for, from the value its {@link #valueShape} read. */
    public static Actor actor(String kind, Object value) {
      return switch (kind) {
        case "group" -> Actor.group((Actor.Group) value);
        case "body" -> Actor.body((String) value);
        case "member" -> Actor.member((String) value);
        case "partner" -> Actor.partner((String) value);
        default -> throw new IllegalArgumentException("no kind of actor: " + kind);
      };
    }

    /** The property name that writes an actor. */
    public static String kindOf(Actor actor) {
      if (actor instanceof Actor.OfGroup) {
        return "group";
      }
      if (actor instanceof Actor.OfPartner) {
        return "partner";
      }
      return actor instanceof Actor.OfBody ? "body" : "member";
    }

    /** The string that writes an actor: its group's constant name, its body's, member's or partner's id. */
    public static String valueOf(Actor actor) {
      if (actor instanceof Actor.OfGroup g) {
        return g.group().name();
      }
      if (actor instanceof Actor.OfBody b) {
        return b.body();
      }
      if (actor instanceof Actor.OfPartner p) {
        return p.partner();
      }
      return ((Actor.OfMember) actor).member();
    }
  }

  /** A JSON array. */
  record Array(Shape element) implements Shape {}

  /** A property that may be omitted. */
  record Maybe(Shape value) implements Shape {}

  /** A JSON object holding the components of a record. */
  final class Obj implements Shape {
    private final Class<? extends Record> type;
    private final List<Property> properties = new ArrayList<>();
    private final Map<String, Property> byName = new HashMap<>();
    private Constructor<?> constructor;
    private Object empty;

    Obj(Class<? extends Record> type) {
      this.type = type;
    }

    /** The record class. */
    public Class<? extends Record> type() {
      return type;
    }

    /** The properties in component order. */
    public List<Property> properties() {
      return properties;
    }

    /** The property of that name, or null. */
    public Property property(String name) {
      return byName.get(name);
    }

    /** The value an omitted property of this type stands for, or null when it must be present. */
    public Object empty() {
      return empty;
    }

    /** Whether this is the root of a statement document, which carries {@code formatVersion}. */
    public boolean isStatement() {
      return type == Statement.class;
    }

    /** Calls the canonical constructor. */
    public Object construct(Object[] args) throws ReflectiveOperationException {
      return constructor.newInstance(args);
    }

    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  /**
   * One component of a record as a JSON property.
   *
   * @param name the property name, which is the component name
   * @param shape its shape
   * @param required whether the property must be present
   * @param accessor the record accessor
   * @param component the record component
   * @param index the position of the component, and of the constructor parameter
   */
  record Property(
      String name, Shape shape, boolean required, Method accessor, RecordComponent component, int index) {
    /** The value of this component in {@code record}, a record of the type that declares it. */
    public Object valueIn(Object record) {
      try {
        return accessor.invoke(record);
      } catch (java.lang.reflect.InvocationTargetException e) {
        throw new IllegalStateException("accessor " + name + " failed", e.getCause());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("accessor " + name + " is not accessible", e);
      }
    }

    /** The value an omitted optional property stands for. */
    public Object absent() {
      if (shape instanceof Maybe) {
        return Optional.empty();
      }
      if (shape instanceof Array) {
        return List.of();
      }
      if (shape instanceof Obj o) {
        return o.empty();
      }
      return null;
    }

    /** Whether the value, as the record holds it, is left out of the JSON. */
    public boolean omits(Object value) {
      if (required) {
        return false;
      }
      if (value instanceof Optional<?> o) {
        return o.isEmpty();
      }
      if (value instanceof List<?> l) {
        return l.isEmpty();
      }
      return value == null || value.equals(absent());
    }
  }

  /**
   * The current wire format version, written first in every statement document. Version 2 is the
   * model of the whole document family (issuers, excerpts, preambles, labels, sub-items, attachments,
   * verbs as printed, partner actors …); version 1 documents are not read.
   */
  int FORMAT_VERSION = 2;

  /**
   * The message every binding gives a document whose {@code formatVersion} is not {@link
   * #FORMAT_VERSION}: it names the version found and the one expected, so that bindings agree word
   * for word.
   *
   * @param found the version as the document writes it
   */
  static String unsupportedFormatVersion(String found) {
    return "format version " + found + " is not supported; this library reads format version " + FORMAT_VERSION
        + ("1".equals(found)
            ? " (version 1 is the format before the document-family model; docs/format.md says what changed)"
            : "");
  }

  /** The name of the property that carries the format version. */
  String FORMAT_VERSION_PROPERTY = "formatVersion";

  /** The shapes of every record the wire format knows, by class. */
  static Map<Class<?>, Obj> all() {
    return Registry.ALL;
  }

  /** The shape of a record class, or null when the wire format does not know it. */
  static Obj of(Class<?> type) {
    return Registry.ALL.get(type);
  }

  /**
   * The shape of a record that a binding module adds around the model (such as a read result),
   * derived by the same rules; its components that are model records share their shapes.
   */
  static Obj derive(Class<? extends Record> type) {
    Obj known = Registry.ALL.get(type);
    return known != null ? known : Registry.obj(type, new HashMap<>(Registry.ALL));
  }

  /** The shape of an enum: its constant names in declaration order. */
  static Enumerated enumerated(Class<? extends Enum<?>> type) {
    List<String> names = new ArrayList<>();
    for (Enum<?> constant : type.getEnumConstants()) {
      names.add(constant.name());
    }
    return new Enumerated(type, List.copyOf(names));
  }

  /** Builds the shapes once. */
  final class Registry {
    static final Map<Class<?>, Obj> ALL;

    static {
      Map<Class<?>, Obj> all = new HashMap<>();
      obj(Statement.class, all);
      obj(RegisterContents.class, all);
      obj(Report.class, all);
      ALL = Map.copyOf(all);
    }

    private Registry() {}

    @SuppressWarnings("unchecked")
    static Obj obj(Class<?> type, Map<Class<?>, Obj> all) {
      Obj known = all.get(type);
      if (known != null) {
        return known;
      }
      Obj obj = new Obj((Class<? extends Record>) type);
      all.put(type, obj);
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] parameters = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        RecordComponent c = components[i];
        parameters[i] = c.getType();
        Shape shape = shape(c.getGenericType(), all);
        boolean required =
            !(shape instanceof Maybe) && !(shape instanceof Array) && !defaulted(c.getType());
        Property p = new Property(c.getName(), shape, required, c.getAccessor(), c, i);
        obj.properties.add(p);
        obj.byName.put(p.name(), p);
      }
      try {
        obj.constructor = type.getConstructor(parameters);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no public canonical constructor on " + type, e);
      }
      if (type == References.class) {
        obj.empty = References.none();
      } else if (type == Entities.class) {
        obj.empty = Entities.none();
      }
      return obj;
    }

    /** References and entities: the compact constructors read an absent value as "none". */
    private static boolean defaulted(Class<?> type) {
      return type == References.class || type == Entities.class;
    }

    @SuppressWarnings("unchecked")
    private static Shape shape(Type type, Map<Class<?>, Obj> all) {
      if (type instanceof ParameterizedType p) {
        Type raw = p.getRawType();
        Type arg = p.getActualTypeArguments()[0];
        if (raw == List.class) {
          return new Array(shape(arg, all));
        }
        if (raw == Optional.class) {
          return new Maybe(shape(arg, all));
        }
        throw new IllegalStateException("no wire shape for " + type);
      }
      Class<?> c = (Class<?>) type;
      if (c == String.class) {
        return new Text();
      }
      if (c == int.class || c == Integer.class) {
        return new Int();
      }
      if (c == PartialDate.class) {
        return new Partial();
      }
      if (c == LocalDate.class) {
        return new Day();
      }
      if (c == Actor.class) {
        return new ActorObject();
      }
      if (c.isEnum()) {
        return enumerated((Class<? extends Enum<?>>) c);
      }
      if (c.isRecord()) {
        return obj(c, all);
      }
      throw new IllegalStateException("no wire shape for " + type);
    }
  }
}
