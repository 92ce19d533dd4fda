package org.balimodel.core.model;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A piece of practical work a statement names that is not a meeting: a Joint Period of Action, a
 * public information campaign, a research project, a programme.
 *
 * @param id a slug ({@code wg-d-joint-period-of-action-2018})
 * @param name what it is called or, failing a name, what it is
 * @param leads the bodies or members that lead it, by identifier
 * @param date when it took or takes place, to the precision known
 * @param status how far it has gone, where the statement says
 * @param note what is remarkable about it
 */
@BaliStyle
@Value.Builder
public record Initiative(
    @Slug String id,
    @NotBlank String name,
    List<String> leads,
    Optional<PartialDate> date,
    Optional<CommitmentStatus> status,
    Optional<String> note) {

  /** Requires id and name; lists are copied, absent optionals are empty. */
  public Initiative {
    Values.required(id, "Initiative", "id");
    Values.required(name, "Initiative", "name");
    leads = Values.list(leads, "Initiative", "leads");
    date = Values.optional(date);
    status = Values.optional(status);
    note = Values.optional(note);
  }

  /** Builds an {@link Initiative}. */
  public static final class Builder extends InitiativeBuilder {}
}
