package org.balimodel.core.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A name a statement prints for an entity that differs from the entity's official name.
 *
 * <p>The 16th AHG SOM statement writes the GABF's recommendations as "AAA (Acknowledge, Act,
 * Achieve)"; the GABF's own publications say "Acknowledge, Act and Advance". The paragraph keeps
 * the statement's words; the register keeps the official name; a name variant records that the
 * two differ, and validation reports it as information.
 *
 * @param entity the entity, by identifier
 * @param asWritten the name exactly as the statement prints it
 * @param note what the difference is
 */
@BaliStyle
@Value.Builder
public record NameVariant(String entity, @NotBlank String asWritten, Optional<String> note) {

  /** Requires entity and asWritten; an absent note is empty. */
  public NameVariant {
    Values.required(entity, "NameVariant", "entity");
    Values.required(asWritten, "NameVariant", "asWritten");
    note = Values.optional(note);
  }

  /** Builds a {@link NameVariant}. */
  public static final class Builder extends NameVariantBuilder {}
}
