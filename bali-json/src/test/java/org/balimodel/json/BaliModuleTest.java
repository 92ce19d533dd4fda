package org.balimodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import java.util.List;
import java.util.Optional;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.References;
import org.balimodel.core.model.Statement;
import org.balimodel.core.validation.Issue;
import org.balimodel.core.validation.Location;
import org.balimodel.core.validation.Report;
import org.balimodel.core.validation.Severity;
import org.junit.jupiter.api.Test;

class BaliModuleTest {

  private final BaliJson json = BaliJson.create();

  @Test
  void theModuleIsFoundThroughServiceLoader() {
    // Jackson's own ServiceLoader look-up (databind declares `uses`), as findAndRegisterModules does.
    List<String> found =
        ObjectMapper.findModules().stream().map(m -> m.getClass().getName()).toList();
    assertTrue(found.contains(BaliModule.class.getName()), found.toString());

    ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertTrue(mapper.getRegisteredModuleIds().contains(BaliModule.class.getName()));
    ObjectMapper legacy = new ObjectMapper().findAndRegisterModules();
    assertTrue(legacy.getRegisteredModuleIds().contains(BaliModule.class.getName()));
  }

  @Test
  void aMapperWithTheModuleWritesTheSameBytesAsTheFacade() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    Statement statement = Fixtures.example();
    assertEquals(json.write(statement), mapper.writeValueAsString(statement));
  }

  @Test
  void aMapperWithTheRegisteredModuleReadsWhatTheFacadeWrites() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new BaliModule());
    assertTrue(mapper.getRegisteredModuleIds().contains(BaliModule.class.getName()));
    Statement statement = Fixtures.example();
    assertEquals(statement, mapper.readValue(json.writeBytes(statement), Statement.class));
    Meeting meeting = statement.meeting();
    assertEquals(meeting, mapper.readValue(mapper.writeValueAsString(meeting), Meeting.class));
    assertEquals(PartialDate.of(2022, 10), mapper.readValue("\"2022-10\"", PartialDate.class));
    assertEquals(Actor.body("RSO"), mapper.readValue("{\"body\":\"RSO\"}", Actor.class));
  }

  @Test
  void theModuleCarriesTheNameAndVersionOfTheBuild() {
    BaliModule module = new BaliModule();
    assertEquals("bali-json", module.getModuleName());
    assertEquals("org.balimodel", module.version().getGroupId());
    assertFalse(module.version().isUnknownVersion());
  }

  @Test
  void reportsAreWrittenWithTheirComponentsOnlyAndNoDerivedProperties() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    Report report =
        new Report(
            List.of(
                new Issue(Severity.ERROR, "json.syntax", "/meeting", Optional.of(new Location(3, 7)), "bad")));
    String text = mapper.writeValueAsString(report);
    assertEquals(
        "{\"issues\":[{\"severity\":\"ERROR\",\"code\":\"json.syntax\",\"pointer\":\"/meeting\","
            + "\"location\":{\"line\":3,\"column\":7},\"message\":\"bad\"}]}",
        text);
    assertEquals(report, mapper.readValue(text, Report.class));
    assertEquals("{}", mapper.writeValueAsString(References.none()));
  }

  @Test
  void aReadResultIsWrittenAsItsStatementAndReportOnly() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    ReadResult result = json.read(json.write(Fixtures.example()).replace("\"IDN\"}", "\"Indonesia\"}"));
    String text = mapper.writeValueAsString(result);
    assertTrue(text.startsWith("{\"statement\":{\"formatVersion\":2,"), text);
    assertTrue(text.contains(",\"report\":{\"issues\":[{\"severity\":\"ERROR\",\"code\":\"constraint.country-code\""), text);
    assertFalse(text.contains("\"valid\""), text);
    assertEquals(result, mapper.readValue(text, ReadResult.class));
  }

  @Test
  void aMapperReportsEveryProblemOfAValueInOneException() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    MismatchedInputException e =
        assertThrows(
            MismatchedInputException.class,
            () -> mapper.readValue("{\"id\":\"x\",\"kind\":1,\"colour\":\"red\"}", Meeting.class));
    assertTrue(e.getMessage().contains("/kind"), e.getMessage());
    assertTrue(e.getMessage().contains("/colour"), e.getMessage());
  }

  @Test
  void unknownPropertiesFollowTheMappersSetting() throws Exception {
    ObjectMapper tolerant =
        JsonMapper.builder()
            .addModule(new BaliModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    Meeting meeting =
        tolerant.readValue(
            "{\"id\":\"x\",\"kind\":\"FORUM\",\"colour\":{\"deep\":[1]}}", Meeting.class);
    assertEquals("x", meeting.id());
  }

  @Test
  @SuppressWarnings("deprecation") // EVERYTHING is the widest default typing: the case to refuse.
  void polymorphicDefaultTypingIsRefused() {
    ObjectMapper typed =
        JsonMapper.builder()
            .addModule(new BaliModule())
            .activateDefaultTyping(
                BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
                ObjectMapper.DefaultTyping.EVERYTHING)
            .build();
    assertThrows(
        InvalidDefinitionException.class,
        () -> typed.readValue("[\"org.balimodel.core.model.Place\",{\"country\":\"IDN\"}]", org.balimodel.core.model.Place.class));
  }
}
