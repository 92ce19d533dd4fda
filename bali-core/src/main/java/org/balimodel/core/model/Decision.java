package org.balimodel.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.immutables.value.Value;

/**
 * One act of a meeting that a statement records: who acted, with which operative verb, in which
 * words, on what.
 *
 * <p>"The meeting welcomed the intention of the WG-D to initiate another Joint Period of Action in
 * 2023 …" is a decision with actor {@link Actor#meeting()}, verb {@link OperativeVerb#WELCOMED}
 * (force {@link Force#ENDORSEMENT}), that clause verbatim, references to the body {@code WG-D} and
 * the earlier Joint Periods of Action, and one {@link Commitment}.
 *
 * @param actor who acted
 * @param verb the operative verb; the clause begins with it, after its subject
 * @param clause the words of the statement that record the act, verbatim
 * @param refersTo what the act concerns
 * @param commitments forward-looking items the act records
 */
@BaliStyle
@Value.Builder
public record Decision(
    Actor actor,
    OperativeVerb verb,
    @NotBlank String clause,
    References refersTo,
    List<@Valid Commitment> commitments) {

  /** Requires actor, verb and clause; lists are copied, no references is none. */
  public Decision {
    Values.required(actor, "Decision", "actor");
    Values.required(verb, "Decision", "verb");
    Values.required(clause, "Decision", "clause");
    refersTo = refersTo == null ? References.none() : refersTo;
    commitments = Values.list(commitments, "Decision", "commitments");
  }

  /** The force of the decision's verb. */
  public Force force() {
    return verb.force();
  }

  /** Builds a {@link Decision}. */
  public static final class Builder extends DecisionBuilder {
    /** A builder whose {@code refersTo} defaults to no references. */
    public Builder() {
      refersTo(References.none());
    }
  }
}
