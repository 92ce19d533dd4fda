package org.balimodel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Whatever null a caller passes when building a record (a missing component, or a null inside a
 * list), the exception names the record and the component, never just "null".
 */
class NullComponentsTest {

  /** Every record of the model, found among the compiled classes of its package. */
  private static List<Class<?>> records() throws IOException, ClassNotFoundException {
    Path dir = Path.of("target", "classes", "org", "balimodel", "core", "model");
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          Class<?> c = Class.forName("org.balimodel.core.model." + name.replace(".class", ""));
          if (c.isRecord()) {
            out.add(c);
          }
        }
      }
    }
    return out;
  }

  private static Throwable construct(Class<?> record, Object[] args) throws ReflectiveOperationException {
    Class<?>[] types = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
    Constructor<?> canonical = record.getDeclaredConstructor(types);
    for (int i = 0; i < types.length; i++) {
      if (types[i].isPrimitive() && args[i] == null) {
        // A primitive cannot be null: it takes its zero.
        args[i] = types[i] == boolean.class ? Boolean.FALSE : types[i] == long.class ? (Object) 0L : (Object) 0;
      }
    }
    try {
      canonical.newInstance(args);
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
  }

  @Test
  void everyNullComponentOrNullListElementIsNamedInTheMessage() throws Exception {
    List<Class<?>> records = records();
    assertTrue(records.size() >= 20, records.toString());
    for (Class<?> record : records) {
      RecordComponent[] components = record.getRecordComponents();
      List<Object[]> attempts = new ArrayList<>();
      attempts.add(new Object[components.length]);
      for (int i = 0; i < components.length; i++) {
        if (components[i].getType() == List.class) {
          Object[] args = new Object[components.length];
          args[i] = Arrays.asList((Object) null);
          attempts.add(args);
        }
      }
      for (Object[] args : attempts) {
        Throwable thrown = construct(record, args);
        if (thrown == null) {
          continue;
        }
        if (!(thrown instanceof NullPointerException)) {
          continue;
        }
        String message = String.valueOf(thrown.getMessage());
        if (!message.startsWith(record.getSimpleName() + ".")) {
          fail(record.getSimpleName() + " " + Arrays.toString(args) + " threw " + message);
        }
      }
    }
  }

  @Test
  void aNullInsideAListNamesTheComponentAndThePosition() throws Exception {
    Object[] args = new Object[Meeting.class.getRecordComponents().length];
    args[0] = "m";
    args[1] = MeetingKind.WEBINAR;
    args[9] = Arrays.asList("IDN", null);
    Throwable e = construct(Meeting.class, args);
    assertTrue(e instanceof NullPointerException, String.valueOf(e));
    assertEquals("Meeting.coChairs holds null at position 1; a list holds no nulls", e.getMessage());
  }

  @Test
  void theShortcutsNameTheirNullArgument() {
    assertEquals("Place.city is required", assertThrows(NullPointerException.class, () -> Place.of(null, "IDN")).getMessage());
    assertEquals("Source.url is required", assertThrows(NullPointerException.class, () -> Source.of("t", null)).getMessage());
    assertEquals(
        "Standing.since is required",
        assertThrows(NullPointerException.class, () -> Standing.since(MemberStatus.MEMBER, null)).getMessage());
  }
}
