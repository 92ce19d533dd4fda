package org.balimodel.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organ of the Bali Process: the Ministerial Conference, the Steering Group, the Ad Hoc Group,
 * a working group, the Regional Support Office and the like.
 *
 * @param id the registered acronym ({@code AHG}, {@code WG-TIP}, {@code TEG-RR})
 * @param kind what kind of organ it is
 * @param name its full name
 * @param acronym the acronym statements use, when it has one (the Consultation Mechanism has none)
 * @param parent the body it reports to, by identifier
 * @param established when it was established, to the precision known
 * @param coChairs its co-chairs as sources record them, where known
 * @param aliases other names statements use for it
 * @param note what is uncertain or remarkable about the entry
 * @param sources where the entry was read
 */
@BaliStyle
@Value.Builder
public record Body(
    @Acronym String id,
    BodyKind kind,
    @NotBlank String name,
    Optional<@HasText String> acronym,
    Optional<String> parent,
    Optional<PartialDate> established,
    List<CoChairTerm> coChairs,
    List<@NotBlank String> aliases,
    Optional<String> note,
    List<@Valid Source> sources) {

  /** Requires id, kind and name; lists are copied, absent optionals are empty. */
  public Body {
    Values.required(id, "Body", "id");
    Values.required(kind, "Body", "kind");
    Values.required(name, "Body", "name");
    acronym = Values.optional(acronym);
    parent = Values.optional(parent);
    established = Values.optional(established);
    coChairs = Values.list(coChairs, "Body", "coChairs");
    aliases = Values.list(aliases, "Body", "aliases");
    note = Values.optional(note);
    sources = Values.list(sources, "Body", "sources");
  }

  /** Builds a {@link Body}. */
  public static final class Builder extends BodyBuilder {}
}
