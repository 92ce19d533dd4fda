package org.balimodel.examples.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.balimodel.core.validation.Report;
import org.balimodel.json.BaliModule;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answers of the service that are not the happy path: RFC 9457 problem documents
 * ({@code application/problem+json}) with bali's issues in an {@code issues} member, written with
 * Jackson 2 and {@link BaliModule} so they carry exactly the wire format of a bali report.
 */
final class Problems {

  /** The problem type of a statement that was read but breaks a rule, or could not be read. */
  static final String INVALID_STATEMENT = "https://balimodel.org/problems/invalid-statement";

  static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new BaliModule()).build();

  private Problems() {}

  /** A problem document of {@code status}; {@code report} adds its issues when not null. */
  static ResponseEntity<byte[]> problem(
      HttpStatus status, String type, String detail, String instance, Report report) {
    ObjectNode problem = MAPPER.createObjectNode();
    problem.put("type", type == null ? "about:blank" : type);
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", instance);
    if (report != null) {
      problem.set("issues", MAPPER.valueToTree(report.issues()));
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(bytes(problem));
  }

  static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
