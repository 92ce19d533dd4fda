package org.balimodel.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.ContentReference;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds the line and column of values by their JSON Pointer, for issues found after binding (by
 * the validator, which sees the model, not the text).
 *
 * <p>It re-reads the text only when there is something to locate: a valid document pays nothing.
 * The wanted pointers are first arranged as a tree of reference tokens. The re-read starts at the
 * value of each statement property that a wanted pointer goes into (the binder noted where each
 * begins) and descends only into the members and elements on the way to a wanted value;
 * everything else is skipped at the tokenizer's speed, without building a pointer for every value.
 */
public final class Locator {
  private Locator() {}

  /** The text of a document, opened anew at an offset (in bytes or characters, as it is held). */
  public interface Text {
    /** Whether offsets count bytes (UTF-8 input) rather than characters. */
    boolean bytes();

    /** A parser over the text from {@code offset} to its end; locations count from that offset. */
    JsonParser openAt(int offset) throws IOException;
  }

  /**
   * The locations of those of {@code pointers} that name a value of the document, given where the
   * statement object ({@code ""}) and the value of each of its properties begin.
   */
  public static Map<String, JsonLocation> locate(
      Text text, Map<String, JsonLocation> statementValues, Set<String> pointers) throws IOException {
    Step root = new Step();
    for (String pointer : pointers) {
      root.add(pointer);
    }
    Map<String, JsonLocation> found = new HashMap<>();
    JsonLocation document = statementValues.get("");
    if (root.pointer != null && document != null) {
      found.put(root.pointer, document);
    }
    for (Map.Entry<String, Step> property : root.next.entrySet()) {
      JsonLocation start = statementValues.get(property.getKey());
      long offset = start == null ? -1 : text.bytes() ? start.getByteOffset() : start.getCharOffset();
      if (offset < 0 || offset > Integer.MAX_VALUE) {
        continue;
      }
      Map<String, JsonLocation> inValue = new HashMap<>();
      try (JsonParser p = text.openAt((int) offset)) {
        // Only the property's value is read; what follows it in the text is never looked at.
        if (p.nextToken() != null) {
          visit(p, property.getValue(), inValue);
        }
      }
      inValue.forEach((pointer, at) -> found.put(pointer, shift(start, at, text.bytes())));
    }
    return found;
  }

  /** A location counted from {@code start} (as a parser opened there counts) as counted from the text's start. */
  private static JsonLocation shift(JsonLocation start, JsonLocation at, boolean bytes) {
    int line = start.getLineNr() + at.getLineNr() - 1;
    int column = at.getLineNr() == 1 ? start.getColumnNr() + at.getColumnNr() - 1 : at.getColumnNr();
    return new JsonLocation(
        ContentReference.unknown(),
        bytes ? start.getByteOffset() + at.getByteOffset() : -1,
        bytes ? -1 : start.getCharOffset() + at.getCharOffset(),
        line,
        column);
  }

  /** The pointer of the nearest enclosing value: {@code /a/b/3} gives {@code /a/b}; the root gives null. */
  public static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash < 0 ? null : pointer.substring(0, slash);
  }

  /** Records the current value if wanted, then descends only where a wanted pointer goes on. */
  private static void visit(JsonParser p, Step step, Map<String, JsonLocation> found) throws IOException {
    if (step.pointer != null) {
      found.putIfAbsent(step.pointer, p.currentTokenLocation());
    }
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        Step next = step.next.get(p.currentName());
        p.nextToken();
        if (next == null) {
          p.skipChildren();
        } else {
          visit(p, next, found);
        }
      }
    } else if (t == JsonToken.START_ARRAY) {
      int index = 0;
      for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY && e != null; e = p.nextToken()) {
        Step next = step.next.get(Integer.toString(index++));
        if (next == null) {
          p.skipChildren();
        } else {
          visit(p, next, found);
        }
      }
    }
  }

  /** One reference token of the wanted pointers, and those that go on from it. */
  private static final class Step {
    private final Map<String, Step> next = new HashMap<>();
    /** The wanted pointer that ends here, or null when pointers only pass through. */
    private String pointer;

    void add(String pointer) {
      Step step = this;
      int start = 0;
      // "" is the whole document; every other pointer is a sequence of "/token".
      while (start < pointer.length()) {
        int end = pointer.indexOf('/', start + 1);
        if (end < 0) {
          end = pointer.length();
        }
        String token = unescape(pointer.substring(start + 1, end));
        step = step.next.computeIfAbsent(token, t -> new Step());
        start = end;
      }
      step.pointer = pointer;
    }

    private static String unescape(String token) {
      return token.indexOf('~') < 0 ? token : token.replace("~1", "/").replace("~0", "~");
    }
  }
}
