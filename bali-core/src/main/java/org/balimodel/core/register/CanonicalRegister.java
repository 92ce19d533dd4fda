package org.balimodel.core.register;

import java.time.LocalDate;

/** The data of {@link Register#baliProcess()}. */
final class CanonicalRegister {
  private CanonicalRegister() {}

  static RegisterContents contents() {
    // TODO(register): filled in from reference/bali-process-facts.md
    return new RegisterContents.Builder()
        .asOf(LocalDate.of(2024, 5, 31))
        .description("placeholder")
        .build();
  }
}
