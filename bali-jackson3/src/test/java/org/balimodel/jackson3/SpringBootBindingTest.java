package org.balimodel.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.balimodel.core.model.Statement;
import org.balimodel.core.validation.Report;
import org.balimodel.core.validation.StatementValidator;
import org.balimodel.json.BaliJson;
import org.balimodel.json.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Spring Boot 4 application with bali-jackson3 on its class path takes a {@code Statement} as a
 * request body and answers with bali types, with no line of Jackson configuration: Boot's
 * auto-configured {@code JsonMapper} finds the module. The application listens on the loopback
 * address on a random port and is stopped after the tests.
 */
class SpringBootBindingTest {

  /** The whole application: a controller, and nothing about Jackson. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import(StatementController.class)
  static class Application {}

  /** Validates the statement it is given and answers with the report. */
  @RestController
  static class StatementController {
    @PostMapping(path = "/statements/validate", consumes = "application/json", produces = "application/json")
    Report validate(@RequestBody Statement statement) {
      return StatementValidator.create().validate(statement);
    }

    @PostMapping(path = "/statements/echo", consumes = "application/json", produces = "application/json")
    Statement echo(@RequestBody Statement statement) {
      return statement;
    }
  }

  private static ConfigurableApplicationContext context;
  private static URI base;

  @BeforeAll
  static void start() {
    context =
        new SpringApplicationBuilder(Application.class)
            .run("--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off");
    base = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
  }

  @AfterAll
  static void stop() {
    context.close();
  }

  /** A status and a body. */
  private record Response(int statusCode, String body) {}

  // HttpURLConnection rather than java.net.http: the tests are compiled into the named module,
  // which reads java.base only.
  private static Response post(String path, String body) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) base.resolve(path).toURL().openConnection();
    try {
      connection.setRequestMethod("POST");
      connection.setDoOutput(true);
      connection.setRequestProperty("Content-Type", "application/json");
      try (OutputStream out = connection.getOutputStream()) {
        out.write(body.getBytes(StandardCharsets.UTF_8));
      }
      int status = connection.getResponseCode();
      try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
        return new Response(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } finally {
      connection.disconnect();
    }
  }

  @Test
  void bootsOwnJackson3MapperHasFoundTheModule() {
    tools.jackson.databind.json.JsonMapper mapper = context.getBean(tools.jackson.databind.json.JsonMapper.class);
    assertTrue(
        mapper.registeredModules().stream().anyMatch(m -> m instanceof BaliJacksonModule),
        mapper.registeredModules().toString());
  }

  @Test
  void aControllerTakesAStatementAsItsRequestBodyAndAnswersInTheWireFormat() throws Exception {
    Statement statement = Fixtures.example();
    String document = BaliJson.create().write(statement);
    Response echoed = post("/statements/echo", document);
    assertEquals(200, echoed.statusCode(), echoed.body());
    assertEquals(document, echoed.body());

    Response validated = post("/statements/validate", document);
    assertEquals(200, validated.statusCode(), validated.body());
    assertEquals(
        JsonMapperHolder.MAPPER.writeValueAsString(StatementValidator.create().validate(statement)),
        validated.body());
    assertTrue(validated.body().startsWith("{\"issues\":["), validated.body());
  }

  @Test
  void aBodyThatIsNoStatementIsABadRequest() throws Exception {
    String document = BaliJson.create().write(Fixtures.example());
    Response response =
        post("/statements/echo", document.replace("\"formatVersion\":2", "\"formatVersion\":1"));
    assertEquals(400, response.statusCode(), response.body());
  }

  /** A mapper of the module alone, to say what Boot's mapper should have written. */
  private static final class JsonMapperHolder {
    static final tools.jackson.databind.json.JsonMapper MAPPER =
        tools.jackson.databind.json.JsonMapper.builder().addModule(new BaliJacksonModule()).build();
  }
}
