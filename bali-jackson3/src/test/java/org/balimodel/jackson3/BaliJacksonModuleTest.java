package org.balimodel.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Place;
import org.balimodel.core.model.References;
import org.balimodel.core.model.Statement;
import org.balimodel.core.register.Register;
import org.balimodel.core.register.RegisterContents;
import org.balimodel.core.validation.Issue;
import org.balimodel.core.validation.Location;
import org.balimodel.core.validation.Report;
import org.balimodel.core.validation.Severity;
import org.balimodel.core.wire.Shape;
import org.balimodel.json.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DefaultTyping;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

class BaliJacksonModuleTest {

  private final JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

  /** Jackson 3 ignores unknown properties unless asked (Jackson 2 failed on them by default). */
  private final JsonMapper strict =
      JsonMapper.builder()
          .findAndAddModules()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  @Test
  void jackson3FindsTheModuleThroughServiceLoader() {
    List<String> found = MapperBuilder.findModules().stream().map(m -> m.getClass().getName()).toList();
    assertTrue(found.contains(BaliJacksonModule.class.getName()), found.toString());
    List<Class<?>> registered =
        mapper.registeredModules().stream().<Class<?>>map(JacksonModule::getClass).toList();
    assertTrue(registered.contains(BaliJacksonModule.class), registered.toString());
  }

  @Test
  void theModuleCarriesTheNameAndVersionOfTheBuild() {
    BaliJacksonModule module = new BaliJacksonModule();
    assertEquals("bali-jackson3", module.getModuleName());
    assertEquals("org.balimodel", module.version().getGroupId());
    assertFalse(module.version().isUnknownVersion());
  }

  @Test
  void everyTypeOfTheWireFormatReadsBackEqualToWhatWasWritten() {
    Statement statement = Fixtures.example();
    assertEquals(statement, mapper.readValue(mapper.writeValueAsBytes(statement), Statement.class));
    Meeting meeting = statement.meeting();
    assertEquals(meeting, mapper.readValue(mapper.writeValueAsString(meeting), Meeting.class));
    RegisterContents register = Register.baliProcess().contents();
    assertEquals(register, mapper.readValue(mapper.writeValueAsString(register), RegisterContents.class));
    assertEquals(PartialDate.of(2022, 10), mapper.readValue("\"2022-10\"", PartialDate.class));
    assertEquals(Actor.body("RSO"), mapper.readValue("{\"body\":\"RSO\"}", Actor.class));
    assertEquals("{\"group\":\"MEETING\"}", mapper.writeValueAsString(Actor.meeting()));
    assertEquals("{}", mapper.writeValueAsString(References.none()));
    // Every record the format knows is read by the module, not by databind's record support.
    for (Class<?> type : Shape.all().keySet()) {
      MismatchedInputException e =
          assertThrows(MismatchedInputException.class, () -> mapper.readValue("[]", type));
      assertTrue(
          e.getOriginalMessage().startsWith("cannot read " + type.getSimpleName() + ": ERROR json.structure.wrong-type"),
          e.getOriginalMessage());
    }
  }

  @Test
  void aStatementDocumentStartsWithItsFormatVersion() {
    assertTrue(mapper.writeValueAsString(Fixtures.example()).startsWith("{\"formatVersion\":2,\"id\":"));
  }

  @Test
  void reportsAreWrittenWithTheirComponentsOnly() {
    Report report =
        new Report(
            List.of(new Issue(Severity.ERROR, "json.syntax", "/meeting", Optional.of(new Location(3, 7)), "bad")));
    String text = mapper.writeValueAsString(report);
    assertEquals(
        "{\"issues\":[{\"severity\":\"ERROR\",\"code\":\"json.syntax\",\"pointer\":\"/meeting\","
            + "\"location\":{\"line\":3,\"column\":7},\"message\":\"bad\"}]}",
        text);
    assertEquals(report, mapper.readValue(text, Report.class));
  }

  @Test
  void everyProblemOfAValueIsReportedInOneException() {
    MismatchedInputException e =
        assertThrows(
            MismatchedInputException.class,
            () -> strict.readValue("{\"id\":\"x\",\"kind\":1,\"colour\":\"red\",\"kind\":\"FORUM\"}", Meeting.class));
    String message = e.getOriginalMessage();
    assertTrue(message.startsWith("cannot read Meeting: "), message);
    assertTrue(message.contains("json.structure.wrong-type /kind"), message);
    assertTrue(message.contains("json.structure.unknown-property /colour"), message);
    assertTrue(message.contains("json.structure.duplicate-property /kind"), message);
  }

  @Test
  void aNullAMissingPropertyAndAWrongFormatVersionAreRefused() {
    String document = mapper.writeValueAsString(Fixtures.example());
    assertThrows(
        MismatchedInputException.class,
        () -> mapper.readValue(document.replace("\"formatVersion\":2", "\"formatVersion\":1"), Statement.class));
    assertThrows(
        MismatchedInputException.class,
        () -> mapper.readValue(document.replace("\"formatVersion\":2,", ""), Statement.class));
    assertThrows(
        MismatchedInputException.class,
        () -> mapper.readValue("{\"city\":null,\"country\":\"IDN\"}", Place.class));
    assertThrows(MismatchedInputException.class, () -> mapper.readValue("\"2022-13-01\"", PartialDate.class));
    assertThrows(
        MismatchedInputException.class, () -> mapper.readValue("{\"body\":\"RSO\",\"member\":\"AUS\"}", Actor.class));
  }

  @Test
  void unknownPropertiesFollowTheMappersSettingWhichJackson3LeavesOff() {
    Meeting meeting =
        mapper.readValue("{\"id\":\"x\",\"kind\":\"FORUM\",\"colour\":{\"deep\":[1]}}", Meeting.class);
    assertEquals("x", meeting.id());
    assertThrows(
        MismatchedInputException.class,
        () -> strict.readValue("{\"id\":\"x\",\"kind\":\"FORUM\",\"colour\":1}", Meeting.class));
  }

  @Test
  void polymorphicDefaultTypingIsRefused() {
    JsonMapper typed =
        JsonMapper.builder()
            .addModule(new BaliJacksonModule())
            .activateDefaultTyping(
                BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
                DefaultTyping.NON_FINAL_AND_RECORDS)
            .build();
    assertThrows(
        InvalidDefinitionException.class,
        () -> typed.readValue("[\"org.balimodel.core.model.Place\",{\"country\":\"IDN\"}]", Place.class));
    assertThrows(InvalidDefinitionException.class, () -> typed.writeValueAsString(Place.of("Bali", "IDN")));
  }
}
