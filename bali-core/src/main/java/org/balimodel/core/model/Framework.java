package org.balimodel.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A strategy, work plan or set of recommendations that gives the Bali Process (or one of its
 * bodies) numbered or named priorities: the 2018 Strategy for Cooperation, the Adelaide Strategy
 * for Cooperation 2023, the GABF's AAA recommendations.
 *
 * @param id a slug ({@code soc-2018}, {@code adelaide-strategy-2023})
 * @param kind strategy, work plan or recommendations
 * @param name its official name
 * @param owner the body whose framework it is, when it belongs to one body (the GABF work plan)
 * @param adoptedAt the meeting that adopted it, by identifier
 * @param adopted when it was adopted, to the precision known
 * @param superseded when it stopped being in force, where it has
 * @param supersededBy the framework that replaced it
 * @param priorities its priorities, in the framework's order
 * @param aliases other names statements use for it
 * @param note what is uncertain or remarkable about the entry
 * @param sources where the entry was read
 */
@BaliStyle
@Value.Builder
public record Framework(
    @Slug String id,
    FrameworkKind kind,
    @NotBlank String name,
    Optional<String> owner,
    Optional<String> adoptedAt,
    Optional<PartialDate> adopted,
    Optional<PartialDate> superseded,
    Optional<String> supersededBy,
    List<@Valid Priority> priorities,
    List<@NotBlank String> aliases,
    Optional<String> note,
    List<@Valid Source> sources) {

  /** Requires id, kind and name; lists are copied, absent optionals are empty. */
  public Framework {
    Values.required(id, "Framework", "id");
    Values.required(kind, "Framework", "kind");
    Values.required(name, "Framework", "name");
    owner = Values.optional(owner);
    adoptedAt = Values.optional(adoptedAt);
    adopted = Values.optional(adopted);
    superseded = Values.optional(superseded);
    supersededBy = Values.optional(supersededBy);
    priorities = Values.list(priorities, "Framework", "priorities");
    aliases = Values.list(aliases, "Framework", "aliases");
    note = Values.optional(note);
    sources = Values.list(sources, "Framework", "sources");
  }

  /**
   * Whether the framework may have been in force on {@code date}: not adopted after it and not
   * superseded before it. Partial dates count in the framework's favour when they overlap.
   */
  public boolean inForceOn(PartialDate date) {
    boolean adoptedBy = adopted.map(a -> !a.isAfter(date)).orElse(true);
    boolean notYetSuperseded = superseded.map(s -> !s.isBefore(date)).orElse(true);
    return adoptedBy && notYetSuperseded;
  }

  /** The priority with this identifier, if the framework has it. */
  public Optional<Priority> priority(String priorityId) {
    return priorities.stream().filter(p -> p.id().equals(priorityId)).findFirst();
  }

  /** Builds a {@link Framework}. */
  public static final class Builder extends FrameworkBuilder {}
}
