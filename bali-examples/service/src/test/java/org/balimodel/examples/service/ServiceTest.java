package org.balimodel.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.balimodel.core.register.Register;
import org.balimodel.examples.Seed;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service as it runs: started on a random port and spoken to over loopback with the JDK's
 * HTTP client (and, for hostile clients, a raw socket).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"bali.service.body-timeout=2s", "server.tomcat.connection-timeout=2s"})
class ServiceTest {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  @LocalServerPort int port;

  private URI uri(String path) {
    return URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port + path);
  }

  private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  private HttpResponse<byte[]> validate(byte[] body, String contentType) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri("/statements/validate"))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private static String type(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  private static List<String> codes(HttpResponse<byte[]> response) {
    List<String> codes = new ArrayList<>();
    Damaged.tree(response.body()).path("issues").forEach(issue -> codes.add(issue.path("code").asText()));
    return codes;
  }

  // ---- validation

  @Test
  void theSeedStatementIsValidAndItsReportComesBackWith200() throws Exception {
    HttpResponse<byte[]> response = validate(Seed.bytes(), "application/json");

    assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
    assertTrue(type(response).startsWith("application/json"), type(response));
    JsonNode report = Damaged.tree(response.body());
    assertTrue(report.path("issues").isArray() || report.path("issues").isMissingNode());
    report.path("issues").forEach(issue -> assertFalse("ERROR".equals(issue.path("severity").asText()), issue::toString));
  }

  @Test
  void eachDamagedCopyOfTheSeedIsRefusedWith422AndTheIssueOfItsFault() throws Exception {
    for (Damaged damaged : Damaged.all()) {
      HttpResponse<byte[]> response = validate(damaged.body(), "application/json; charset=UTF-8");

      assertEquals(422, response.statusCode(), damaged::name);
      assertTrue(type(response).startsWith("application/problem+json"), type(response));
      JsonNode problem = Damaged.tree(response.body());
      assertEquals(422, problem.path("status").asInt(), damaged::name);
      assertEquals(Problems.INVALID_STATEMENT, problem.path("type").asText());
      assertTrue(codes(response).contains(damaged.code()), () -> damaged.name() + ": " + codes(response));
      JsonNode issue = problem.path("issues").get(0);
      for (String member : List.of("severity", "code", "pointer", "message")) {
        assertTrue(issue.has(member), () -> member + " in " + issue);
      }
    }
  }

  @Test
  void anIssueOfTheTextCarriesItsLineAndColumn() throws Exception {
    HttpResponse<byte[]> response = validate("{\n  \"formatVersion\": 1,\n  \"title\": tru\n}".getBytes(StandardCharsets.UTF_8), "application/json");

    assertEquals(422, response.statusCode());
    JsonNode issue = Damaged.tree(response.body()).path("issues").get(0);
    assertEquals("json.syntax", issue.path("code").asText(), issue::toString);
    assertEquals(3, issue.path("location").path("line").asInt(), issue::toString);
    assertTrue(issue.path("location").path("column").asInt() > 0, issue::toString);
  }

  @Test
  void aBodyOfAnotherContentTypeIsRefusedWith415() throws Exception {
    HttpResponse<byte[]> response = validate(Seed.bytes(), "text/plain");

    assertEquals(415, response.statusCode());
    assertTrue(type(response).startsWith("application/problem+json"), type(response));
  }

  @Test
  void aBodyJustOverTheLimitIsRefusedWith413() throws Exception {
    byte[] body = new byte[1024 * 1024 + 1];
    java.util.Arrays.fill(body, (byte) ' ');

    HttpResponse<byte[]> response = validate(body, "application/json");

    assertEquals(413, response.statusCode());
    assertTrue(type(response).startsWith("application/problem+json"), type(response));
  }

  @Test
  void aHundredMegabytesDeclaredAreRefusedWith413BeforeTheBodyIsRead() throws Exception {
    Wire.Answer answer = Wire.declared(port, 100L * 1024 * 1024, 64 * 1024);

    assertEquals(413, answer.status(), answer.head());
    assertServiceStillAnswers();
  }

  @Test
  void aHundredMegabytesChunkedAreRefusedWith413AfterTheLimitNotAtTheEnd() throws Exception {
    Wire.Answer answer = Wire.chunked(port, 100L * 1024 * 1024);

    assertEquals(413, answer.status(), answer.head());
    assertTrue(answer.sent() < 50L * 1024 * 1024, () -> answer.sent() + " bytes sent");
    assertServiceStillAnswers();
  }

  @Test
  void deepNestingIsRefusedWith422AndTheDepthLimit() throws Exception {
    byte[] body = ("[".repeat(100_000)).getBytes(StandardCharsets.US_ASCII);

    HttpResponse<byte[]> response = validate(body, "application/json");

    assertEquals(422, response.statusCode());
    assertTrue(codes(response).contains("json.limit.depth"), () -> codes(response).toString());
    assertServiceStillAnswers();
  }

  @Test
  void invalidUtf8IsRefusedWith422AndTheEncodingIssue() throws Exception {
    byte[] seed = Seed.bytes();
    byte[] body = java.util.Arrays.copyOf(seed, seed.length);
    int quote = new String(seed, StandardCharsets.ISO_8859_1).indexOf("\"title\"");
    body[quote + 1] = (byte) 0xC0;

    HttpResponse<byte[]> response = validate(body, "application/json");

    assertEquals(422, response.statusCode());
    assertEquals(List.of("json.syntax.encoding"), codes(response));
  }

  @Test
  void aBodyThatTricklesInIsRefusedWith408() throws Exception {
    long start = System.nanoTime();
    Wire.Answer answer = Wire.slow(port, Seed.bytes(), 16, 300);

    assertEquals(408, answer.status(), answer.head());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 15);
    assertServiceStillAnswers();
  }

  private void assertServiceStillAnswers() throws Exception {
    assertEquals(200, validate(Seed.bytes(), "application/json").statusCode());
  }

  // ---- register

  @Test
  void theRegisterGivesItsDateAndTheCountOfEachKind() throws Exception {
    HttpResponse<byte[]> response = get("/register");

    assertEquals(200, response.statusCode());
    JsonNode summary = Damaged.tree(response.body());
    Register register = Register.baliProcess();
    assertEquals(register.asOf().toString(), summary.path("asOf").asText());
    assertEquals(register.members().size(), summary.path("counts").path("members").asInt());
    assertEquals(register.bodies().size(), summary.path("counts").path("bodies").asInt());
    assertEquals(register.frameworks().size(), summary.path("counts").path("frameworks").asInt());
    assertEquals(register.meetings().size(), summary.path("counts").path("meetings").asInt());
  }

  @Test
  void eachKindListsEveryEntryOfTheRegister() throws Exception {
    Register register = Register.baliProcess();
    assertEquals(register.members().size(), Damaged.tree(get("/register/members").body()).size());
    assertEquals(register.bodies().size(), Damaged.tree(get("/register/bodies").body()).size());
    assertEquals(register.frameworks().size(), Damaged.tree(get("/register/frameworks").body()).size());
    assertEquals(register.meetings().size(), Damaged.tree(get("/register/meetings").body()).size());
  }

  @Test
  void anEntryIsServedByItsIdentifierWithAStrongEtagAndCacheControl() throws Exception {
    String id = Register.baliProcess().bodies().get(0).id();
    HttpResponse<byte[]> response = get("/register/bodies/" + id);

    assertEquals(200, response.statusCode());
    assertEquals(id, Damaged.tree(response.body()).path("id").asText());
    String etag = response.headers().firstValue("ETag").orElseThrow();
    assertTrue(etag.startsWith("\""), etag);
    assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("max-age=3600"));

    HttpResponse<byte[]> again = send(HttpRequest.newBuilder(uri("/register/bodies/" + id)).header("If-None-Match", etag).GET());
    assertEquals(304, again.statusCode());
    assertEquals(0, again.body().length);

    HttpResponse<byte[]> other = send(HttpRequest.newBuilder(uri("/register/bodies/" + id)).header("If-None-Match", "\"0\"").GET());
    assertEquals(200, other.statusCode());
  }

  @Test
  void everyMemberIsServedByItsIdentifier() throws Exception {
    for (var member : Register.baliProcess().members()) {
      HttpResponse<byte[]> response = get("/register/members/" + member.id());
      assertEquals(200, response.statusCode(), member::id);
      assertEquals(member.name(), Damaged.tree(response.body()).path("name").asText());
    }
  }

  @Test
  void anUnknownKindOrIdentifierIsA404ProblemDocument() throws Exception {
    for (String path : List.of("/register/dragons", "/register/members/ATLANTIS", "/no/such/path")) {
      HttpResponse<byte[]> response = get(path);
      assertEquals(404, response.statusCode(), path);
      assertTrue(type(response).startsWith("application/problem+json"), path + ": " + type(response));
      assertEquals(404, Damaged.tree(response.body()).path("status").asInt(), path);
    }
  }

  @Test
  void writingToTheRegisterIsA405ProblemDocument() throws Exception {
    HttpResponse<byte[]> response =
        send(HttpRequest.newBuilder(uri("/register/members")).DELETE());

    assertEquals(405, response.statusCode());
    assertTrue(type(response).startsWith("application/problem+json"), type(response));
    assertTrue(response.headers().firstValue("Allow").orElse("").contains("GET"));
  }

  // ---- actuator

  @Test
  void healthInfoAndRequestTimingsAreServedByActuator() throws Exception {
    HttpResponse<byte[]> health = get("/actuator/health");
    assertEquals(200, health.statusCode());
    assertEquals("UP", Damaged.tree(health.body()).path("status").asText());

    assertEquals("bali-service", Damaged.tree(get("/actuator/info").body()).path("service").path("name").asText());

    validate(Seed.bytes(), "application/json");
    HttpResponse<byte[]> timings = get("/actuator/metrics/http.server.requests?tag=uri:/statements/validate");
    assertEquals(200, timings.statusCode(), () -> new String(timings.body(), StandardCharsets.UTF_8));
    JsonNode count = Damaged.tree(timings.body()).path("measurements").get(0);
    assertEquals("COUNT", count.path("statistic").asText());
    assertTrue(count.path("value").asDouble() >= 1);
  }
}
