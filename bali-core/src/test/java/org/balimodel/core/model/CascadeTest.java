package org.balimodel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.balimodel.core.register.RegisterContents;
import org.junit.jupiter.api.Test;

/**
 * Jakarta Validation reaches every record that has a constraint, and only those: a cascade
 * ({@code @Valid}) into a record with nothing to check costs time on every validation for nothing.
 */
class CascadeTest {

  private final Map<Class<?>, Boolean> constrained = new HashMap<>();

  @Test
  void everyRecordWithAConstraintIsReachedAndNoCascadeIsWasted() {
    List<String> problems = new ArrayList<>();
    for (Class<?> root : List.of(Statement.class, RegisterContents.class)) {
      check(root, problems, new ArrayList<>());
    }
    assertEquals(List.of(), problems);
    assertTrue(hasConstraints(Source.class) && !hasConstraints(References.class));
  }

  private void check(Class<?> record, List<String> problems, List<Class<?>> seen) {
    if (seen.contains(record)) {
      return;
    }
    seen.add(record);
    for (RecordComponent component : record.getRecordComponents()) {
      AnnotatedType type = component.getAnnotatedType();
      AnnotatedType element = type instanceof AnnotatedParameterizedType p ? p.getAnnotatedActualTypeArguments()[0] : type;
      if (!(element.getType() instanceof Class<?> target) || !target.isRecord()) {
        continue;
      }
      boolean cascades = element.isAnnotationPresent(Valid.class) || component.isAnnotationPresent(Valid.class);
      String where = record.getSimpleName() + "." + component.getName();
      if (hasConstraints(target) && !cascades) {
        problems.add(where + " holds " + target.getSimpleName() + ", which has constraints, without @Valid");
      } else if (!hasConstraints(target) && cascades) {
        problems.add(where + " cascades into " + target.getSimpleName() + ", which has no constraint");
      }
      check(target, problems, seen);
    }
  }

  /** Whether the record, or any record it holds, carries a constraint annotation. */
  private boolean hasConstraints(Class<?> record) {
    Boolean known = constrained.get(record);
    if (known != null) {
      return known;
    }
    constrained.put(record, false);
    boolean found = false;
    for (RecordComponent component : record.getRecordComponents()) {
      AnnotatedType type = component.getAnnotatedType();
      // A constraint may target the field, the accessor or the type use; javac puts each where its
      // @Target allows.
      List<Annotation> annotations = new ArrayList<>(List.of(component.getAccessor().getAnnotations()));
      annotations.addAll(List.of(type.getAnnotations()));
      AnnotatedType element = type;
      if (type instanceof AnnotatedParameterizedType p) {
        element = p.getAnnotatedActualTypeArguments()[0];
        annotations.addAll(List.of(element.getAnnotations()));
      }
      for (Annotation a : annotations) {
        found |= a.annotationType().isAnnotationPresent(Constraint.class);
      }
      if (element.getType() instanceof Class<?> target && target.isRecord() && target != record) {
        found |= hasConstraints(target);
      }
    }
    constrained.put(record, found);
    return found;
  }
}
