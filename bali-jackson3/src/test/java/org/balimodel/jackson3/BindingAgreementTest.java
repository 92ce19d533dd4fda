package org.balimodel.jackson3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.balimodel.core.model.Statement;
import org.balimodel.core.register.Register;
import org.balimodel.core.register.RegisterContents;
import org.balimodel.core.validation.Report;
import org.balimodel.core.validation.StatementValidator;
import org.balimodel.json.BaliJson;
import org.balimodel.json.BaliModule;
import org.balimodel.json.Fixtures;
import org.balimodel.json.MutationPropertyTest;
import org.balimodel.json.StatementGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 2 module of bali-json and the Jackson 3 module of bali-jackson3 are one binding:
 * whatever the corpus — the seed, the format's example, the register, generated statements and
 * mutations of them — both write the same bytes, read the same values, and refuse the same
 * documents with the same message.
 */
class BindingAgreementTest {

  /** Both mappers as an application would set them up, trailing content refused by both. */
  private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .addModule(new BaliModule())
          // Jackson 3 refuses trailing tokens by default; Jackson 2 must be asked to.
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final JsonMapper JACKSON3 =
      JsonMapper.builder()
          .addModule(new BaliJacksonModule())
          // Jackson 2 fails on unknown properties by default; Jackson 3 must be asked to.
          .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          // Jackson 3 writes a character beyond U+FFFF as its four UTF-8 bytes, Jackson 2 (and so
          // BaliJson) as an escaped surrogate pair: the same JSON text, a setting of the generator.
          .disable(tools.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .build();

  /** Jackson 3 as it comes, but for unknown properties. */
  private static final JsonMapper JACKSON3_DEFAULTS =
      JsonMapper.builder()
          .addModule(new BaliJacksonModule())
          .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private static byte[] seed() throws IOException {
    // The seed statement of bali-examples, read as a file: nothing may depend on bali-examples.
    return Files.readAllBytes(
        Path.of("..", "bali-examples", "command", "src", "main", "resources", "org", "balimodel",
            "examples", "seed", "ahg-som-16-2022.json"));
  }

  @Test
  void theSeedAndTheFormatsExampleAreReadAndWrittenAlikeByBothModules() throws Exception {
    for (byte[] document : List.of(seed(), Fixtures.exampleDocument().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      Statement two = JACKSON2.readValue(document, Statement.class);
      Statement three = JACKSON3.readValue(document, Statement.class);
      assertEquals(two, three);
      assertArrayEquals(JACKSON2.writeValueAsBytes(two), JACKSON3.writeValueAsBytes(three));
      // And both write what the hardened facade writes.
      assertArrayEquals(BaliJson.create().writeBytes(two), JACKSON3.writeValueAsBytes(three));
    }
  }

  @Test
  void theRegisterAndAReportAreWrittenAlikeByBothModules() throws Exception {
    RegisterContents register = Register.baliProcess().contents();
    byte[] written = JACKSON3.writeValueAsBytes(register);
    assertArrayEquals(JACKSON2.writeValueAsBytes(register), written);
    assertEquals(register, JACKSON2.readValue(written, RegisterContents.class));

    Report report = StatementValidator.create().validate(Fixtures.example());
    assertArrayEquals(JACKSON2.writeValueAsBytes(report), JACKSON3.writeValueAsBytes(report));
  }

  @Test
  void generatedStatementsAreWrittenToTheSameBytesAndReadBackByEachOther() {
    qt().withExamples(300)
        .forAll(StatementGenerator.statements())
        .checkAssert(
            statement -> {
              byte[] two = write2(statement);
              byte[] three = JACKSON3.writeValueAsBytes(statement);
              assertArrayEquals(two, three, () -> firstDifference(two, three));
              assertEquals(statement, JACKSON3.readValue(two, Statement.class));
              assertEquals(statement, read2(three));
              // As text, both write the same characters whatever the generator settings.
              assertEquals(text2(statement), JACKSON3_DEFAULTS.writeValueAsString(statement));
              assertEquals(statement, read2(JACKSON3_DEFAULTS.writeValueAsBytes(statement)));
            });
  }

  @Test
  void mutatedDocumentsAreAcceptedOrRefusedAlikeWithTheSameMessage() {
    qt().withExamples(1500)
        .forAll(MutationPropertyTest.mutants())
        .checkAssert(
            mutant -> {
              Outcome two = outcome2(mutant.bytes());
              Outcome three = outcome3(mutant.bytes());
              assertEquals(two.accepted(), three.accepted(), () -> mutant + "\n2: " + two + "\n3: " + three);
              if (two.accepted()) {
                assertEquals(two.statement(), three.statement());
              } else if (two.bali() || three.bali()) {
                // Syntax errors are each Jackson's own words; the bali problems must be the same.
                assertEquals(two.message(), three.message(), mutant::toString);
              }
            });
  }

  @Test
  void aDocumentWithManyProblemsGivesTheSameMessageThroughBothModules() throws Exception {
    String document =
        new String(seed(), java.nio.charset.StandardCharsets.UTF_8)
            .replace("\"formatVersion\": 2", "\"formatVersion\": 7")
            .replaceFirst("\"kind\": \"[A-Z_]+\"", "\"kind\": \"PARTY\"")
            .replaceFirst("\"date\": \"([0-9-]+)\"", "\"date\": 2022, \"colour\": null");
    Outcome two = outcome2(document.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Outcome three = outcome3(document.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertFalse(two.accepted());
    assertTrue(two.bali(), two.message());
    assertTrue(two.message().contains("json.format-version"), two.message());
    assertTrue(two.message().contains("json.structure.unknown-constant"), two.message());
    assertTrue(two.message().contains("json.structure.wrong-type"), two.message());
    assertTrue(two.message().contains("json.structure.unknown-property"), two.message());
    assertEquals(two.message(), three.message());
  }

  @Test
  void duplicateKeysAndLoneSurrogatesAreRefusedAlikeEvenWhereUnknownPropertiesAreIgnored() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper tolerant2 =
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .addModule(new BaliModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    JsonMapper tolerant3 = JsonMapper.builder().addModule(new BaliJacksonModule()).build();
    String[] documents = {
      "{\"id\":\"x\",\"kind\":\"FORUM\",\"colour\":{\"deep\":1,\"deep\":2}}",
      "{\"id\":\"x\",\"kind\":\"FORUM\",\"colour\":[\"\\ud800\"]}",
      "{\"id\":\"x\\udc00\",\"kind\":\"FORUM\"}",
    };
    for (String document : documents) {
      String two = message(() -> tolerant2.readValue(document, org.balimodel.core.model.Meeting.class));
      String three = message(() -> tolerant3.readValue(document, org.balimodel.core.model.Meeting.class));
      assertTrue(two.startsWith("cannot read Meeting: "), two);
      assertEquals(two, three);
    }
    String actor = "{\"body\":\"RSO\",\"body\":\"AHG\"}";
    String two = message(() -> JACKSON2.readValue(actor, org.balimodel.core.model.Actor.class));
    assertTrue(two.contains("json.structure.duplicate-property"), two);
    assertEquals(two, message(() -> JACKSON3.readValue(actor, org.balimodel.core.model.Actor.class)));
  }

  /** The message a read fails with; fails the test when the read succeeds. */
  private static String message(java.util.concurrent.Callable<?> read) {
    try {
      read.call();
    } catch (JsonMappingException e) {
      return e.getOriginalMessage();
    } catch (DatabindException e) {
      return e.getOriginalMessage();
    } catch (Exception e) {
      throw new AssertionError("not a mapping problem", e);
    }
    throw new AssertionError("the document was read");
  }

  /** What one module made of a document. */
  private record Outcome(boolean accepted, Statement statement, boolean bali, String message) {}

  private static Outcome outcome2(byte[] bytes) {
    try {
      return new Outcome(true, JACKSON2.readValue(bytes, Statement.class), false, null);
    } catch (JsonMappingException e) {
      return new Outcome(false, null, e.getOriginalMessage().startsWith("cannot read "), e.getOriginalMessage());
    } catch (IOException e) {
      return new Outcome(false, null, false, e.getMessage());
    }
  }

  private static Outcome outcome3(byte[] bytes) {
    try {
      return new Outcome(true, JACKSON3.readValue(bytes, Statement.class), false, null);
    } catch (DatabindException e) {
      return new Outcome(false, null, e.getOriginalMessage().startsWith("cannot read "), e.getOriginalMessage());
    } catch (JacksonException e) {
      return new Outcome(false, null, false, e.getOriginalMessage());
    }
  }

  private static String firstDifference(byte[] a, byte[] b) {
    int i = 0;
    while (i < a.length && i < b.length && a[i] == b[i]) {
      i++;
    }
    int from = Math.max(0, i - 20);
    return "first difference at byte " + i + ": Jackson 2 wrote "
        + java.util.HexFormat.ofDelimiter(" ").formatHex(a, from, Math.min(a.length, i + 20))
        + ", Jackson 3 wrote "
        + java.util.HexFormat.ofDelimiter(" ").formatHex(b, from, Math.min(b.length, i + 20));
  }

  private static byte[] write2(Statement statement) {
    try {
      return JACKSON2.writeValueAsBytes(statement);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String text2(Statement statement) {
    try {
      return JACKSON2.writeValueAsString(statement);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Statement read2(byte[] bytes) {
    try {
      return JACKSON2.readValue(bytes, Statement.class);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
