package org.balimodel.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A numbered or named priority (or area of cooperation, or recommendation) of a {@link Framework}.
 *
 * <p>A priority may be known by its number alone: the titles of Priorities One, Four and Five of
 * the 2018 Strategy for Cooperation are not given by any source bali cites, so they are absent
 * rather than invented.
 *
 * @param id a slug, unique across frameworks ({@code soc-2018-priority-2})
 * @param number its number in the framework, where it is numbered
 * @param title its title as the source gives it, where one does
 * @param note what is uncertain or remarkable about the entry
 * @param sources where the entry was read
 */
@BaliStyle
@Value.Builder
public record Priority(
    @Slug String id,
    Optional<@Positive Integer> number,
    Optional<@HasText String> title,
    Optional<String> note,
    List<@Valid Source> sources) {

  /** Requires an id; lists are copied, absent optionals are empty. */
  public Priority {
    Values.required(id, "Priority", "id");
    number = Values.optional(number);
    title = Values.optional(title);
    note = Values.optional(note);
    sources = Values.list(sources, "Priority", "sources");
  }

  /** Builds a {@link Priority}. */
  public static final class Builder extends PriorityBuilder {}
}
