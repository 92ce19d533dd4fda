package org.balimodel.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation outside the Bali Process that a statement names: ASEAN, the Budapest Process,
 * the Colombo Process, the Abu Dhabi Dialogue, JCLEC, UNITAR CIFAL Jeju and the like.
 *
 * @param id an acronym-style identifier ({@code ASEAN}, {@code JCLEC}, {@code COLOMBO-PROCESS})
 * @param kind what kind of organisation it is
 * @param name its full name
 * @param acronym the acronym statements use, when it has one
 * @param aliases other names statements use for it
 * @param note what is remarkable about the entry
 * @param sources where the entry was read
 */
@BaliStyle
@Value.Builder
public record Partner(
    @Acronym String id,
    PartnerKind kind,
    @NotBlank String name,
    Optional<@HasText String> acronym,
    List<@NotBlank String> aliases,
    Optional<String> note,
    List<@Valid Source> sources) {

  /** Requires id, kind and name; lists are copied, absent optionals are empty. */
  public Partner {
    Values.required(id, "Partner", "id");
    Values.required(kind, "Partner", "kind");
    Values.required(name, "Partner", "name");
    acronym = Values.optional(acronym);
    aliases = Values.list(aliases, "Partner", "aliases");
    note = Values.optional(note);
    sources = Values.list(sources, "Partner", "sources");
  }

  /** Builds a {@link Partner}. */
  public static final class Builder extends PartnerBuilder {}
}
