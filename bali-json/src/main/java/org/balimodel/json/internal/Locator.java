package org.balimodel.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.core.JsonLocation;

/**
 * Finds the line and column of values by their JSON Pointer, for issues found after binding (by
 * the validator, which sees the model, not the text).
 *
 * <p>It re-reads the document once, only when there is something to locate: a valid document pays
 * nothing, and the cost of an invalid one is one more linear pass over text already in memory.
 */
public final class Locator {
  private Locator() {}

  /** The locations of those of {@code pointers} that name a value of the document. */
  public static Map<String, JsonLocation> locate(JsonParser p, Set<String> pointers) throws IOException {
    Map<String, JsonLocation> found = new HashMap<>();
    try (p) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        String pointer = Binder.pointer(p);
        if (pointers.contains(pointer) && !found.containsKey(pointer)) {
          found.put(pointer, p.currentTokenLocation());
          if (found.size() == pointers.size()) {
            break;
          }
        }
      }
    }
    return found;
  }

  /** The pointer of the nearest enclosing value: {@code /a/b/3} gives {@code /a/b}; the root gives null. */
  public static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash < 0 ? null : pointer.substring(0, slash);
  }
}
