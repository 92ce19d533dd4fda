package org.balimodel.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document a statement refers to: a ministerial declaration, a body's report or forward work
 * plan, a policy guide, an international protocol.
 *
 * @param id a slug ({@code ministerial-declaration-2018}, {@code policy-guide-returns-reintegration})
 * @param kind what kind of document it is
 * @param title its title as the issuer gives it
 * @param issuedBy the body that issued or owns it, by identifier
 * @param adoptedAt the meeting that adopted or received it, by identifier
 * @param date when it was issued or adopted, to the precision known
 * @param aliases other names statements use for it
 * @param note what is uncertain or remarkable about the entry
 * @param sources where the entry was read
 */
@BaliStyle
@Value.Builder
public record Instrument(
    @Slug String id,
    InstrumentKind kind,
    @NotBlank String title,
    Optional<String> issuedBy,
    Optional<String> adoptedAt,
    Optional<PartialDate> date,
    List<@NotBlank String> aliases,
    Optional<String> note,
    List<@Valid Source> sources) {

  /** Requires id, kind and title; lists are copied, absent optionals are empty. */
  public Instrument {
    Values.required(id, "Instrument", "id");
    Values.required(kind, "Instrument", "kind");
    Values.required(title, "Instrument", "title");
    issuedBy = Values.optional(issuedBy);
    adoptedAt = Values.optional(adoptedAt);
    date = Values.optional(date);
    aliases = Values.list(aliases, "Instrument", "aliases");
    note = Values.optional(note);
    sources = Values.list(sources, "Instrument", "sources");
  }

  /** Builds an {@link Instrument}. */
  public static final class Builder extends InstrumentBuilder {}
}
