package org.balimodel.core.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The capacity in which a statement names an entity: "Indonesia as ASEAN Chair for 2023",
 * "Australia and Indonesia as Bali Process co-chairs".
 *
 * @param entity the entity named, by identifier
 * @param capacity the capacity as printed, without "as" ("ASEAN Chair for 2023")
 * @param of the entity the capacity is held in, by identifier, where the statement names one
 *     ({@code ASEAN})
 */
@BaliStyle
@Value.Builder
public record NamedCapacity(String entity, @NotBlank String capacity, Optional<String> of) {

  /** Requires entity and capacity; absent optionals are empty. */
  public NamedCapacity {
    Values.required(entity, "NamedCapacity", "entity");
    Values.required(capacity, "NamedCapacity", "capacity");
    of = Values.optional(of);
  }

  /** Builds a {@link NamedCapacity}. */
  public static final class Builder extends NamedCapacityBuilder {}
}
