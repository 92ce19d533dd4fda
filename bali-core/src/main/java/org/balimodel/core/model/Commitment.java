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
 * @param owners the bodies or members that will act, by identifier; at least one
 * @param what what they will do, in the statement's words
 * @param due when, to the precision the statement gives
 * @param status how firm it is
 * @param refersTo what else it concerns
 */
@BaliStyle
@Value.Builder
public record Commitment(
    List<String> owners,
    @NotBlank String what,
    Optional<PartialDate> due,
    CommitmentStatus status,
    References refersTo) {

  /** Requires what and status; lists are copied, absent optionals are empty, no references is none. */
  public Commitment {
    owners = Values.list(owners, "Commitment", "owners");
    Values.required(what, "Commitment", "what");
    due = Values.optional(due);
    Values.required(status, "Commitment", "status");
    refersTo = refersTo == null ? References.none() : refersTo;
  }

  /** Builds a {@link Commitment}. */
  public static final class Builder extends CommitmentBuilder {
    /** A builder whose {@code refersTo} defaults to no references. */
    public Builder() {
      refersTo(References.none());
    }
  }
}
