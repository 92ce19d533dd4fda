package org.balimodel.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Edits of the example document, for tests that need a document wrong in one known place. */
final class Documents {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private Documents() {}

  /** The example document, compact. */
  static String example() {
    return BaliJson.create().write(Fixtures.example());
  }

  /** The example document as a plain Jackson tree (no bali module), changed by {@code edit}. */
  static String edit(Consumer<ObjectNode> edit) {
    try {
      ObjectNode root = (ObjectNode) PLAIN.readTree(example());
      edit.accept(root);
      return PLAIN.writeValueAsString(root);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The object at a pointer of a tree. */
  static ObjectNode object(JsonNode root, String pointer) {
    return (ObjectNode) root.at(JsonPointer.compile(pointer));
  }

  /** The array at a pointer of a tree. */
  static ArrayNode array(JsonNode root, String pointer) {
    return (ArrayNode) root.at(JsonPointer.compile(pointer));
  }

  /** A document with a property at {@code pointer} set to raw JSON text. */
  static String setRaw(String pointer, String rawJson) {
    int slash = pointer.lastIndexOf('/');
    String parent = pointer.substring(0, slash);
    String name = pointer.substring(slash + 1);
    String marker = "\"__raw__\"";
    String edited = edit(root -> object(root, parent).put(name, "__raw__"));
    return edited.replace(marker, rawJson);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
