package org.balimodel.core.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person or member in whose name a statement is issued: "Retno L.P. Marsudi, Minister for Foreign
 * Affairs of the Republic of Indonesia".
 *
 * @param name the person's name, or the member's name when no person is named
 * @param office the office the person holds, as printed
 * @param member the member the person speaks for, by identifier
 */
@BaliStyle
@Value.Builder
public record Signatory(@NotBlank String name, Optional<@HasText String> office, Optional<String> member) {

  /** Requires a name; absent optionals are empty. */
  public Signatory {
    Values.required(name, "Signatory", "name");
    office = Values.optional(office);
    member = Values.optional(member);
  }

  /** Builds a {@link Signatory}. */
  public static final class Builder extends SignatoryBuilder {}
}
