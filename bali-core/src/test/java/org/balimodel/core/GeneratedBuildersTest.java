package org.balimodel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.balimodel.core.model.MemberStatus;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Place;
import org.balimodel.core.model.Standing;
import org.junit.jupiter.api.Test;

/**
 * Users build records with each record's nested {@code Builder}; the {@code XxxBuilder} classes
 * Immutables generates are only its superclass and are not part of the API. This test sits outside
 * the model's package, as a user's code does.
 */
class GeneratedBuildersTest {

  private static final String MODEL = "org.balimodel.core.model.";

  /** The top-level generated builders of the model, found among the compiled classes. */
  private static List<Class<?>> generatedBuilders() throws Exception {
    Path classes = Path.of(Place.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path model = classes.resolve("org/balimodel/core/model");
    try (Stream<Path> files = Files.list(model)) {
      List<String> names =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.endsWith("Builder.class") && !n.contains("$"))
              .map(n -> n.substring(0, n.length() - ".class".length()))
              .sorted()
              .toList();
      List<Class<?>> out = new java.util.ArrayList<>();
      for (String name : names) {
        out.add(Class.forName(MODEL + name));
      }
      return out;
    }
  }

  @Test
  void noGeneratedBuilderCanBeNamedOrCreatedOutsideTheModel() throws Exception {
    List<Class<?>> builders = generatedBuilders();
    // Every record of the model with components to set has one: 22 today.
    assertTrue(builders.size() >= 20, builders::toString);
    for (Class<?> builder : builders) {
      assertFalse(Modifier.isPublic(builder.getModifiers()), builder + " is public");
      for (Constructor<?> constructor : builder.getDeclaredConstructors()) {
        assertFalse(Modifier.isPublic(constructor.getModifiers()), constructor + " is public");
        assertFalse(Modifier.isProtected(constructor.getModifiers()), constructor + " is protected");
      }
    }
  }

  @Test
  void everyGeneratedBuilderServesAPublicNestedBuilderOfItsRecord() throws Exception {
    for (Class<?> builder : generatedBuilders()) {
      String record = builder.getSimpleName().substring(0, builder.getSimpleName().length() - "Builder".length());
      Class<?> nested = Class.forName(MODEL + record + "$Builder");
      assertEquals(builder, nested.getSuperclass(), nested::toString);
      assertTrue(Modifier.isPublic(nested.getModifiers()), nested + " is not public");
      assertTrue(Modifier.isPublic(nested.getConstructor().getModifiers()), nested + " cannot be created");
    }
  }

  @Test
  void theNestedBuildersChainFromOutsideTheModelsPackage() {
    Place bali = new Place.Builder().city("Bali").country("IDN").build();
    assertEquals(Place.of("Bali", "IDN"), bali);
    assertEquals(bali, new Place.Builder().from(bali).build());
    Standing member = Standing.since(MemberStatus.MEMBER, PartialDate.of(2002));
    assertEquals(member, new Standing.Builder().from(member).build());
  }
}
