package org.balimodel.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.balimodel.core.model.Entities;
import org.balimodel.core.model.Framework;
import org.balimodel.core.model.References;
import org.balimodel.core.model.Source;
import org.junit.jupiter.api.Test;

/**
 * The table of entity kinds covers every list of {@link Entities}, {@link References} and
 * {@link RegisterContents}, so that a kind cannot be added to a record and forgotten by the
 * register's look-ups, the validator's index or the reference checks.
 */
class EntityKindTest {

  @Test
  void every_list_of_the_statements_own_entities_is_a_kind_of_the_table() {
    assertCovered(
        Entities.class, EnumSet.of(EntityKind.PRIORITY), Map.of(), (kind, entities) -> kind.entries((Entities) entities));
  }

  @Test
  void every_list_of_references_is_a_kind_of_the_table() {
    assertCovered(References.class, EnumSet.noneOf(EntityKind.class), Map.of(), (kind, refs) -> kind.ids((References) refs));
  }

  @Test
  void every_list_of_the_register_contents_except_its_sources_is_a_kind_of_the_table() {
    // Sources document the register as a whole; nothing refers to them by identifier.
    assertCovered(
        RegisterContents.class,
        EnumSet.of(EntityKind.PRIORITY, EntityKind.INITIATIVE),
        Map.of("sources", Source.class),
        (kind, contents) -> kind.entries((RegisterContents) contents));
  }

  @Test
  void the_priorities_of_the_register_are_those_its_frameworks_hold() {
    RegisterContents contents = Register.baliProcess().contents();
    List<?> expected = contents.frameworks().stream().flatMap(f -> f.priorities().stream()).toList();
    assertFalse(expected.isEmpty(), "the shipped register holds priorities");
    assertEquals(expected, EntityKind.PRIORITY.entries(contents));
  }

  @Test
  void every_register_entry_is_found_by_its_kind_and_identifier() {
    Register register = Register.baliProcess();
    for (EntityKind kind : EntityKind.values()) {
      for (Object entry : kind.entries(register.contents())) {
        Object found = register.find(kind, kind.id(entry)).orElseThrow();
        assertSame(kind.type(), found.getClass(), kind + " " + kind.id(entry));
        assertEquals(kind.id(entry), kind.id(found));
      }
    }
    Framework framework = register.frameworks().get(0);
    assertEquals(framework, register.framework(framework.id()).orElseThrow());
    assertEquals(EntityKind.FRAMEWORK, register.kindOf(framework.id()).orElseThrow());
    assertTrue(register.kindOf("no-such-entry").isEmpty());
  }

  /**
   * For each list component of {@code record} not in {@code notEntities}: exactly one kind is named
   * after it, holds the component's element type, and reads that component (a record holding one
   * marker in that list only yields the marker). The kinds named after no component are exactly
   * {@code derived}.
   */
  private static void assertCovered(
      Class<? extends Record> record,
      Set<EntityKind> derived,
      Map<String, Class<?>> notEntities,
      BiFunction<EntityKind, Object, List<?>> read) {
    RecordComponent[] components = record.getRecordComponents();
    EnumSet<EntityKind> named = EnumSet.noneOf(EntityKind.class);
    for (int c = 0; c < components.length; c++) {
      RecordComponent component = components[c];
      if (component.getType() != List.class) {
        continue;
      }
      Class<?> element = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
      if (notEntities.containsKey(component.getName())) {
        assertSame(notEntities.get(component.getName()), element);
        continue;
      }
      List<EntityKind> kinds = Arrays.stream(EntityKind.values())
          .filter(kind -> kind.plural().equals(component.getName()))
          .toList();
      assertEquals(1, kinds.size(), record.getSimpleName() + "." + component.getName() + " has one kind in the table");
      EntityKind kind = kinds.get(0);
      named.add(kind);
      assertSame(record == References.class ? String.class : kind.type(), element, kind + " holds the list's element type");

      Object marker = record == References.class ? "marker" : new Object();
      Object instance = withOnly(record, components, c, marker);
      assertEquals(List.of(marker), read.apply(kind, instance), kind + " reads " + component.getName());
    }
    Set<EntityKind> unnamed = EnumSet.complementOf(named);
    assertEquals(derived, unnamed, "kinds with no list of their own in " + record.getSimpleName());
    // Every other kind's list stays empty when only one list holds an entry.
    for (int c = 0; c < components.length; c++) {
      if (components[c].getType() != List.class || notEntities.containsKey(components[c].getName())) {
        continue;
      }
      Object instance = withOnly(record, components, c, record == References.class ? "marker" : new Object());
      String name = components[c].getName();
      Set<EntityKind> reading = named.stream()
          .filter(kind -> !read.apply(kind, instance).isEmpty())
          .collect(Collectors.toSet());
      assertEquals(Set.of(kindNamed(name)), reading, "only one kind reads " + record.getSimpleName() + "." + name);
    }
  }

  private static EntityKind kindNamed(String plural) {
    return Arrays.stream(EntityKind.values()).filter(k -> k.plural().equals(plural)).findFirst().orElseThrow();
  }

  /** An instance of {@code record} whose only non-empty list is component {@code c}, holding {@code marker}. */
  private static Object withOnly(Class<? extends Record> record, RecordComponent[] components, int c, Object marker) {
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      if (types[i] == LocalDate.class) {
        args[i] = LocalDate.of(2023, 2, 10);
      } else if (types[i] == String.class) {
        args[i] = "test contents";
      }
    }
    args[c] = List.of(marker);
    try {
      return record.getDeclaredConstructor(types).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
