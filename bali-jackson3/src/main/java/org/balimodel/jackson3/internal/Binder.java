package org.balimodel.jackson3.internal;

import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import java.lang.reflect.InvocationTargetException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.validation.IssueCode;
import org.balimodel.core.wire.Strings;
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
 * Binds a stream of Jackson 3 JSON tokens to the bali model in one pass, collecting every
 * structural problem instead of stopping at the first: the Jackson 3 twin of bali-json's binder,
 * which it follows rule for rule and message for message (BindingAgreementTest holds them to it).
 *
 * <p>A value with a problem is reported, skipped, and makes the record that holds it unbuildable;
 * reading goes on with the next property, so one pass lists every unknown property, every missing
 * property and every value of the wrong type. Pointers and locations come from the parser's own
 * context, computed only when there is something to report, so a valid document costs no
 * bookkeeping. Syntax errors and limits are the parser's: they end the pass with an exception.
 *
 * <p>Recursion follows the nesting of the document, which the parser bounds
 * ({@code StreamReadConstraints.maxNestingDepth}) before it can exhaust the stack.
 */
public final class Binder {

  /** What an unknown property is. */
  public enum Unknown {
    /** An error: strict reading. */
    ERROR,
    /** Ignored: a mapper that does not fail on unknown properties. */
    IGNORE
  }

  /** Marks a value that could not be bound; the problem is already reported. */
  private static final Object INVALID = new Object();

  private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private final Unknown unknown;
  private final Issues issues;

  /** A binder that reports into {@code issues}. */
  public Binder(Unknown unknown, Issues issues) {
    this.unknown = unknown;
    this.issues = issues;
  }

  /**
   * Binds the value at the parser's current token; afterwards the current token is the value's
   * last. Returns null when the value could not be bound, with the reasons in the issues.
   */
  public Object read(JsonParser p, Shape shape) {
    Object value = value(p, shape);
    return value == INVALID ? null : value;
  }

  private Object value(JsonParser p, Shape shape) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      report(
          p,
          IssueCode.JSON_NULL,
          p.streamReadContext().inArray()
              ? "null is not a value of the format; a list holds no nulls"
              : "null is not a value of the format; omit the property instead");
      return INVALID;
    }
    if (shape instanceof Obj obj) {
      return object(p, obj);
    }
    if (shape instanceof Array array) {
      return array(p, array);
    }
    if (shape instanceof Maybe maybe) {
      Object v = value(p, maybe.value());
      return v == INVALID ? INVALID : Optional.of(v);
    }
    if (shape instanceof Text) {
      return t == JsonToken.VALUE_STRING ? text(p) : wrongType(p, "a string");
    }
    if (shape instanceof Int) {
      return integer(p);
    }
    if (shape instanceof Enumerated e) {
      return constant(p, e);
    }
    if (shape instanceof Partial) {
      return partialDate(p);
    }
    if (shape instanceof Day) {
      return day(p);
    }
    if (shape instanceof ActorObject) {
      return actor(p);
    }
    throw new IllegalStateException("no reader for " + shape);
  }

  private Object object(JsonParser p, Obj obj) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return wrongType(p, "an object (" + obj + ")");
    }
    TokenStreamLocation start = p.currentTokenLocation();
    List<Property> properties = obj.properties();
    Object[] args = new Object[properties.size()];
    boolean[] seen = new boolean[properties.size()];
    boolean bad = false;
    boolean versionSeen = false;
    for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      Property property = obj.property(name);
      if (property == null) {
        if (obj.isStatement() && Shape.FORMAT_VERSION_PROPERTY.equals(name)) {
          if (versionSeen) {
            bad = true;
            report(p, IssueCode.JSON_DUPLICATE_PROPERTY, "\"" + name + "\" appears twice");
          } else if (!formatVersion(p)) {
            bad = true;
          }
          versionSeen = true;
          p.skipChildren();
        } else {
          bad |= unknown(p, name, obj);
          bad |= skip(p);
        }
        continue;
      }
      int index = property.index();
      if (seen[index]) {
        bad = true;
        report(p, IssueCode.JSON_DUPLICATE_PROPERTY, "\"" + name + "\" appears twice");
        p.skipChildren();
        continue;
      }
      seen[index] = true;
      Object v = value(p, property.shape());
      if (v == INVALID) {
        bad = true;
      } else {
        args[index] = v;
      }
    }
    // The parser stays at the END_OBJECT from here on, its context back at the parent, so the
    // object's pointer can be built when an issue needs it; a valid object never builds it.
    String here = null;
    for (int i = 0; i < args.length; i++) {
      Property property = properties.get(i);
      if (!seen[i]) {
        if (property.required()) {
          bad = true;
          issues.error(
              IssueCode.JSON_MISSING_PROPERTY,
              (here = here != null ? here : pointer(p)) + "/" + property.name(),
              start,
              obj + " requires \"" + property.name() + "\"");
        } else {
          args[i] = property.absent();
        }
      }
    }
    if (obj.isStatement() && !versionSeen) {
      bad = true;
      issues.error(
          IssueCode.JSON_MISSING_PROPERTY,
          (here != null ? here : pointer(p)) + "/" + Shape.FORMAT_VERSION_PROPERTY,
          start,
          "a statement document requires \"formatVersion\": " + Shape.FORMAT_VERSION);
    }
    if (bad) {
      return INVALID;
    }
    try {
      return obj.construct(args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      issues.error(
          IssueCode.JSON_INVALID_VALUE,
          here != null ? here : pointer(p),
          start,
          obj + " refuses these values: " + cause.getMessage());
      return INVALID;
    } catch (ReflectiveOperationException | RuntimeException e) {
      issues.error(
          IssueCode.JSON_INTERNAL,
          here != null ? here : pointer(p),
          start,
          obj + " could not be built: " + e.getClass().getSimpleName());
      return INVALID;
    }
  }

  private boolean formatVersion(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      wrongType(p, "the integer " + Shape.FORMAT_VERSION);
      return false;
    }
    if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() != Shape.FORMAT_VERSION) {
      report(
          p,
          IssueCode.JSON_FORMAT_VERSION,
          Shape.unsupportedFormatVersion(p.getString()));
      return false;
    }
    return true;
  }

  /** Reports an unknown property as the mode says; returns whether it makes the object invalid. */
  private boolean unknown(JsonParser p, String name, Object where) {
    if (unknown == Unknown.IGNORE) {
      return false;
    }
    String message = where + " has no property \"" + Strings.quote(name) + "\"";
    report(p, IssueCode.JSON_UNKNOWN_PROPERTY, message);
    return true;
  }

  private Object array(JsonParser p, Array array) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      return wrongType(p, "an array");
    }
    List<Object> values = new ArrayList<>();
    boolean bad = false;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == null) {
        // Unreachable with a parser that reports the end of input as an error; guards the loop.
        throw new tools.jackson.core.exc.UnexpectedEndOfInputException(p, null, "end of input in an array");
      }
      Object v = value(p, array.element());
      if (v == INVALID) {
        bad = true;
      } else if (!bad) {
        values.add(v);
      }
    }
    return bad ? INVALID : values;
  }

  private Object integer(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      if (p.getNumberType() == JsonParser.NumberType.INT) {
        return p.getIntValue();
      }
      report(p, IssueCode.JSON_NUMBER_RANGE, p.getString() + " is not a 32-bit integer");
      return INVALID;
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      return wrongType(p, "an integer (without fraction or exponent)");
    }
    return wrongType(p, "an integer");
  }

  private Object constant(JsonParser p, Enumerated e) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return wrongType(p, "one of " + e.constants());
    }
    String text = p.getString();
    int index = e.constants().indexOf(text);
    if (index < 0) {
      report(
          p,
          IssueCode.JSON_UNKNOWN_CONSTANT,
          "\"" + Strings.quote(text) + "\" is not one of " + e.constants());
      return INVALID;
    }
    return e.type().getEnumConstants()[index];
  }

  private Object partialDate(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return wrongType(p, "a date string (yyyy, yyyy-MM or yyyy-MM-dd)");
    }
    String text = p.getString();
    try {
      return PartialDate.parse(text);
    } catch (IllegalArgumentException e) {
      report(
          p,
          IssueCode.JSON_DATE,
          "\"" + Strings.quote(text) + "\" is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd with a year from 1000 to 9999");
      return INVALID;
    }
  }

  private Object day(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return wrongType(p, "a date string (yyyy-MM-dd)");
    }
    String text = p.getString();
    if (DAY.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        // reported below
      }
    }
    report(p, IssueCode.JSON_DATE, "\"" + Strings.quote(text) + "\" is not a day of the form yyyy-MM-dd");
    return INVALID;
  }

  private Object actor(JsonParser p) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return wrongType(p, "an actor object such as {\"group\": \"MEETING\"} or {\"body\": \"RSO\"}");
    }
    TokenStreamLocation start = p.currentTokenLocation();
    Actor actor = null;
    int kinds = 0;
    boolean bad = false;
    List<String> names = new ArrayList<>(1);
    for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      if (names.contains(name)) {
        // Reported as everywhere else, not as an actor with two kinds.
        bad = true;
        report(p, IssueCode.JSON_DUPLICATE_PROPERTY, "\"" + Strings.quote(name) + "\" appears twice");
        p.skipChildren();
        continue;
      }
      names.add(name);
      Shape valueShape = ActorObject.valueShape(name);
      if (valueShape == null) {
        bad |= unknown(p, name, "an actor");
        bad |= skip(p);
        continue;
      }
      Object v = value(p, valueShape);
      kinds++;
      if (v == INVALID) {
        bad = true;
      } else if (kinds == 1) {
        actor = ActorObject.actor(name, v);
      }
    }
    if (kinds != 1) {
      issues.error(
          IssueCode.JSON_ACTOR,
          pointer(p),
          start,
          "an actor has exactly one of \"group\", \"body\", \"member\", \"partner\"; this one has " + kinds);
      return INVALID;
    }
    return bad ? INVALID : actor;
  }

  /**
   * Skips the value at the current token, which no shape describes (an unknown property's), still
   * holding it to the rules every value of a document follows: no property twice in one object, no
   * escaped lone surrogate in a string. A mapper that ignores unknown properties ignores them, not
   * malformed ones. Returns whether something was reported. Iterative: the parser bounds the
   * nesting, and a stack of name sets costs less than a stack of frames.
   */
  private boolean skip(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return text(p) == INVALID;
    }
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return false;
    }
    boolean bad = false;
    ArrayDeque<Set<String>> open = new ArrayDeque<>();
    open.push(t == JsonToken.START_OBJECT ? new HashSet<>() : Set.of());
    while (!open.isEmpty()) {
      t = p.nextToken();
      if (t == null) {
        throw new tools.jackson.core.exc.UnexpectedEndOfInputException(p, null, "end of input in a value");
      }
      switch (t) {
        case START_OBJECT -> open.push(new HashSet<>());
        case START_ARRAY -> open.push(Set.of());
        case END_OBJECT, END_ARRAY -> open.pop();
        case PROPERTY_NAME -> {
          String name = p.currentName();
          if (!open.peek().add(name)) {
            bad = true;
            issues.error(
                IssueCode.JSON_DUPLICATE_PROPERTY,
                pointer(p),
                p.currentTokenLocation(),
                "\"" + Strings.quote(name) + "\" appears twice");
          }
        }
        case VALUE_STRING -> bad |= text(p) == INVALID;
        default -> {
          // numbers, booleans and null need no check
        }
      }
    }
    return bad;
  }

  /** The string at the current token, or INVALID (reported) when it holds a lone surrogate. */
  private Object text(JsonParser p) {
    String text = p.getString();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        // Only an escape can put one here: JSON allows it, but it is no character and cannot be
        // written as UTF-8; refused in values as in property names, so both are one behaviour.
        report(
            p,
            IssueCode.JSON_SYNTAX_ENCODING,
            String.format("the string holds an escaped lone surrogate \\u%04x, which is no character", (int) c));
        return INVALID;
      }
    }
    return text;
  }

  private Object wrongType(JsonParser p, String expected) {
    report(p, IssueCode.JSON_WRONG_TYPE, "expected " + expected + ", found " + describe(p));
    p.skipChildren();
    return INVALID;
  }

  private void report(JsonParser p, IssueCode code, String message) {
    issues.error(code, pointer(p), p.currentTokenLocation(), message);
  }

  /** The pointer of the value at the current token (or of the object just closed). */
  static String pointer(JsonParser p) {
    return p.streamReadContext().pathAsPointer().toString();
  }

  private static String describe(JsonParser p) {
    JsonToken t = p.currentToken();
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string \"" + Strings.quote(p.getString()) + "\"";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + Strings.clip(p.getString());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> String.valueOf(t);
    };
  }
}
