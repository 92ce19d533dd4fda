package org.balimodel.core.model;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A forward-looking item inside a decision: who will do what, by when, and how firm it is.
 *
 * <p>"The meeting welcomed the intention of the WG-D to initiate another Joint Period of Action in
 * 2023" holds the commitment: owners {@code [WG-D]}, what "initiate another Joint Period of Action
 * to disrupt people smuggling and trafficking in persons networks", due {@code 2023}, status
 * {@link CommitmentStatus#INTENDED}.
 *
 * @param owners the bodies or members that will act, by identifier; with {@code ownerGroups}, at
 *     least one owner is named
 * @param ownerGroups groups that will act, such as members in general ("members are encouraged to …")
 * @param what what they will do, in the statement's words
 * @param due when, to the precision the statement gives
 * @param status how firm it is
 * @param refersTo what else it concerns
 * @param fulfilledBy the meeting that carried it out, by identifier, where known (the 6th
 *     Ministerial Conference of March 2016 for "the next Ministerial Conference, scheduled for 2015")
 */
@BaliStyle
@Value.Builder
public record Commitment(
    List<String> owners,
    List<Actor.Group> ownerGroups,
    @NotBlank String what,
    Optional<PartialDate> due,
    CommitmentStatus status,
    References refersTo,
    Optional<String> fulfilledBy) {

  /** Requires what and status; lists are copied, absent optionals are empty, no references is none. */
  public Commitment {
    owners = Values.list(owners, "Commitment", "owners");
    ownerGroups = Values.list(ownerGroups, "Commitment", "ownerGroups");
    Values.required(what, "Commitment", "what");
    due = Values.optional(due);
    Values.required(status, "Commitment", "status");
    refersTo = refersTo == null ? References.none() : refersTo;
    fulfilledBy = Values.optional(fulfilledBy);
  }

  /** Builds a {@link Commitment}. */
  public static final class Builder extends CommitmentBuilder {
    /** A builder whose {@code refersTo} defaults to no references. */
    public Builder() {
      refersTo(References.none());
    }
  }
}
