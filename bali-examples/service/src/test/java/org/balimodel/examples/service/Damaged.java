package org.balimodel.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.balimodel.examples.Seed;

/**
 * Copies of the seed statement with one fault each, made by editing the parsed document (never its
 * text, whose layout may change), and the issue code each fault must be reported with.
 */
record Damaged(String name, byte[] body, String code) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static List<Damaged> all() {
    return List.of(
        of("a property the format does not define", "json.structure.unknown-property",
            root -> root.put("colour", "blue")),
        of("a statement without a title", "json.structure.missing-property",
            root -> root.remove("title")),
        of("an ordinal given as text", "json.structure.wrong-type",
            root -> meeting(root).put("ordinal", "sixteenth")),
        of("a format version from the future", "json.format-version",
            root -> root.put("formatVersion", 99)),
        of("a meeting convened by a body nobody knows", "reference.unresolved",
            root -> ((ArrayNode) meeting(root).withArray("convenedBy")).removeAll().add("NO-SUCH-BODY")),
        of("a statement dated before its meeting", "date.statement-before-meeting",
            root -> root.put("date", "2001-01-01")),
        of("a co-chair who is not a participant", "co-chair.not-participant",
            root -> {
              ObjectNode meeting = meeting(root);
              String coChair = meeting.get("coChairs").get(0).asText();
              ArrayNode participants = (ArrayNode) meeting.get("participants");
              for (int i = participants.size() - 1; i >= 0; i--) {
                if (coChair.equals(participants.get(i).path("member").asText())) {
                  participants.remove(i);
                }
              }
            }));
  }

  private static ObjectNode meeting(ObjectNode root) {
    return (ObjectNode) root.get("meeting");
  }

  private static Damaged of(String name, String code, Consumer<ObjectNode> damage) {
    try {
      ObjectNode root = (ObjectNode) MAPPER.readTree(Seed.bytes());
      damage.accept(root);
      return new Damaged(name, MAPPER.writeValueAsBytes(root), code);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(byte[] json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
