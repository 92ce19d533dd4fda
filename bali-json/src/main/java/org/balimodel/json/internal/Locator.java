package org.balimodel.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds the line and column of values by their JSON Pointer, for issues found after binding (by
 * the validator, which sees the model, not the text).
 *
 * <p>It re-reads the document once, only when there is something to locate: a valid document pays
 * nothing. The wanted pointers are first arranged as a tree of reference tokens, and the re-read
 * descends only into the members and elements on the way to one of them; everything else is
 * skipped at the tokenizer's speed, without building a pointer for every value.
 */
public final class Locator {
  private Locator() {}

  /** The locations of those of {@code pointers} that name a value of the document. */
  public static Map<String, JsonLocation> locate(JsonParser p, Set<String> pointers) throws IOException {
    Step root = new Step();
    for (String pointer : pointers) {
      root.add(pointer);
    }
    Map<String, JsonLocation> found = new HashMap<>();
    try (p) {
      if (p.nextToken() != null) {
        // The document was read once within the depth limit, so this descent is as shallow.
        visit(p, root, found);
      }
    }
    return found;
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
