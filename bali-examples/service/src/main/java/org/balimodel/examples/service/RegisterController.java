package org.balimodel.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.balimodel.core.register.Register;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register of the Bali Process as a read-only API for tools that share its vocabulary.
 *
 * <ul>
 *   <li>{@code GET /register}: the as-of date, the description and the number of entries of each
 *       kind;
 *   <li>{@code GET /register/{kind}}: every entry of one kind ({@code members}, {@code bodies},
 *       {@code frameworks}, {@code meetings}, and whatever other lists the register holds);
 *   <li>{@code GET /register/{kind}/{id}}: one entry by its identifier.
 * </ul>
 *
 * <p>The kinds are the lists of the register's contents in the bali wire format, found when the
 * service starts rather than named here, so a register that gains a kind of entry serves it with no
 * change to the service. Every answer is computed once, carries a strong {@code ETag} (a digest of
 * its bytes; a matching {@code If-None-Match} gets 304) and {@code Cache-Control}; an unknown kind
 * or identifier is a 404 problem document.
 */
@RestController
class RegisterController {

  private final Map<String, Answer> answers = new LinkedHashMap<>();
  private final CacheControl cacheControl;

  RegisterController(ServiceProperties properties) {
    Register register = Register.baliProcess();
    this.cacheControl = CacheControl.maxAge(properties.registerMaxAge()).cachePublic();
    JsonNode contents = Problems.MAPPER.valueToTree(register.contents());
    ObjectNode summary = Problems.MAPPER.createObjectNode();
    ObjectNode counts = Problems.MAPPER.createObjectNode();
    for (Map.Entry<String, JsonNode> property : contents.properties()) {
      JsonNode value = property.getValue();
      if (!value.isArray()) {
        summary.set(property.getKey(), value);
        continue;
      }
      String kind = property.getKey();
      counts.put(kind, value.size());
      answers.put(kind, Answer.of(value));
      for (JsonNode entry : value) {
        JsonNode id = entry.get("id");
        if (id != null && id.isTextual()) {
          answers.putIfAbsent(kind + "/" + id.asText(), Answer.of(entry));
        }
      }
    }
    summary.set("counts", counts);
    answers.put("", Answer.of(summary));
  }

  @GetMapping(path = "/register", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> summary() {
    return answer("", "/register");
  }

  @GetMapping(path = "/register/{kind}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> kind(@PathVariable("kind") String kind) {
    return answer(kind, "/register/" + kind);
  }

  @GetMapping(path = "/register/{kind}/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> entry(@PathVariable("kind") String kind, @PathVariable("id") String id) {
    return answer(kind + "/" + id, "/register/" + kind + "/" + id);
  }

  private ResponseEntity<byte[]> answer(String key, String instance) {
    Answer answer = key.endsWith("/") ? null : answers.get(key);
    if (answer == null) {
      return Problems.problem(
          HttpStatus.NOT_FOUND, null, "the register holds nothing at " + instance, instance, null);
    }
    // Spring answers 304 itself when If-None-Match matches this ETag.
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .eTag(answer.etag())
        .cacheControl(cacheControl)
        .body(answer.bytes());
  }

  /** One answer of the API, computed once. */
  private record Answer(byte[] bytes, String etag) {
    static Answer of(JsonNode value) {
      byte[] bytes = Problems.bytes(value);
      try {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
        return new Answer(bytes, "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
    }
  }
}
