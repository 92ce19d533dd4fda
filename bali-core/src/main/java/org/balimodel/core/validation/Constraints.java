package org.balimodel.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the Jakarta Validation constraints of a very large statement in bounded memory: one
 * property at a time, a long list one slice at a time, so that no more violations are held at once
 * than one slice can break, whatever the statement holds.
 *
 * <p>Validating a whole statement in one call builds the set of all its violations first: for a
 * statement that repeats one broken value a million times that set alone exhausts a small heap. The
 * walk cascades exactly where the model says {@link Valid}, as a whole-statement validation does, so
 * it finds the same violations; only their order differs (document order, not sorted).
 */
final class Constraints {
  private Constraints() {}

  /** From this many values (record components and list elements) on, a statement is large. */
  static final int LARGE = 50_000;

  /** How many elements of a long list are validated in one call. */
  static final int SLICE = 1_000;

  /** Whether the statement holds at least {@link #LARGE} values. */
  static boolean isLarge(Object statement) {
    try {
      return count(statement, 0) >= LARGE;
    } catch (ReflectiveOperationException | RuntimeException | StackOverflowError e) {
      return false;
    }
  }

  /**
   * The component accessors of each record class, looked up once: {@code getRecordComponents()}
   * copies its array and {@code Method.invoke} checks access on every call, which made counting
   * cost more than validating the statement it counts.
   */
  private static final ClassValue<MethodHandle[]> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          MethodHandle[] accessors = new MethodHandle[components.length];
          try {
            for (int i = 0; i < components.length; i++) {
              accessors[i] =
                  MethodHandles.lookup()
                      .unreflect(components[i].getAccessor())
                      .asType(MethodType.methodType(Object.class, Object.class));
            }
          } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read the components of " + type, e);
          }
          return accessors;
        }
      };

  private static int count(Object value, int counted) throws ReflectiveOperationException {
    if (counted >= LARGE) {
      return counted;
    }
    if (value instanceof Record record) {
      for (MethodHandle accessor : ACCESSORS.get(record.getClass())) {
        counted = count(read(accessor, record), counted + 1);
      }
    } else if (value instanceof Optional<?> optional && optional.isPresent()) {
      counted = count(optional.get(), counted);
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size() && counted < LARGE; i++) {
        counted = count(list.get(i), counted + 1);
      }
    }
    return counted;
  }

  /** Checks every constraint of the statement into the sink, in document order. */
  static void checkPropertyByProperty(Validator validator, Record statement, IssueSink issues) {
    try {
      walk(validator, statement, "", issues);
    } catch (ReflectiveOperationException | RuntimeException | StackOverflowError e) {
      issues.add(
          IssueCode.RULE_FAILED.issue(
              "", "the attribute constraints could not be checked: " + e.getClass().getSimpleName()));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void walk(Validator validator, Record record, String base, IssueSink issues)
      throws ReflectiveOperationException {
    Class type = record.getClass();
    for (RecordComponent c : type.getRecordComponents()) {
      String name = c.getName();
      Object value = c.getAccessor().invoke(record);
      if (value instanceof List<?> list && list.size() > SLICE) {
        for (int from = 0; from < list.size(); from += SLICE) {
          List<?> slice = list.subList(from, Math.min(list.size(), from + SLICE));
          Set<ConstraintViolation<Object>> found = validator.validateValue(type, name, slice);
          for (ConstraintViolation<Object> v : found) {
            issues.add(at(v, base, from));
          }
        }
      } else {
        Set<ConstraintViolation<Record>> found = validator.validateProperty(record, name);
        for (ConstraintViolation<Record> v : found) {
          issues.add(at(v, base, 0));
        }
      }
      String here = Pointers.append(base, name);
      boolean cascades = valid(c.getAnnotatedType()) || type.getDeclaredField(name).isAnnotationPresent(Valid.class);
      boolean elementsCascade = cascades || elementValid(c.getAnnotatedType());
      if (value instanceof Record nested && cascades) {
        walk(validator, nested, here, issues);
      } else if (value instanceof Optional<?> optional
          && optional.orElse(null) instanceof Record nested
          && elementsCascade) {
        walk(validator, nested, here, issues);
      } else if (value instanceof List<?> list && elementsCascade) {
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i) instanceof Record nested) {
            walk(validator, nested, Pointers.append(here, i), issues);
          }
        }
      }
    }
  }

  private static Issue at(ConstraintViolation<?> violation, String base, int offset) {
    Issue issue = StatementValidator.issue(violation, "");
    return Issue.of(
        issue.severity(),
        issue.code(),
        base + StatementValidator.pointer(violation.getPropertyPath(), offset),
        issue.message());
  }

  private static boolean valid(AnnotatedType type) {
    return type.isAnnotationPresent(Valid.class);
  }

  private static boolean elementValid(AnnotatedType type) {
    return type instanceof AnnotatedParameterizedType p
        && p.getAnnotatedActualTypeArguments().length == 1
        && valid(p.getAnnotatedActualTypeArguments()[0]);
  }

  private static Object read(MethodHandle accessor, Record record) throws ReflectiveOperationException {
    try {
      return accessor.invokeExact((Object) record);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      // An accessor declares no checked exception; this keeps the compiler's contract honest.
      throw new ReflectiveOperationException(e);
    }
  }
}
