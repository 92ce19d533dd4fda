package org.balimodel.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Structural invariants shared by the compact constructors of the model's records. */
final class Values {
  private Values() {}

  /** A required component: present, or a message naming the record and the component. */
  static <T> T required(T value, String record, String component) {
    return Objects.requireNonNull(value, () -> record + "." + component + " is required");
  }

  /**
   * A list component: never null, never mutable, document order kept; null reads as empty. A null
   * element is refused with a message naming the record, the component and the position, as a
   * missing required component is.
   */
  static <T> List<T> list(List<T> values, String record, String component) {
    if (values == null) {
      return List.of();
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw new NullPointerException(record + "." + component + " holds null at position " + i + "; a list holds no nulls");
      }
    }
    return List.copyOf(values);
  }

  /** An optional component: never null; null reads as absent. */
  static <T> Optional<T> optional(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }
}
