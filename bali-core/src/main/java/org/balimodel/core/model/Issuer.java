package org.balimodel.core.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who issued a statement, and when, where that differs from the meeting: a co-chairs' statement
 * is issued by the co-chairs on the day; the joint statement after the first Consultation Mechanism
 * meeting (Jakarta, 13 October 2017) was issued days later by the two co-chairing foreign ministers.
 *
 * @param kind co-chairs, named people, members, or the meeting
 * @param signatories the people or members named as issuers, in the statement's order; empty when
 *     the statement names none
 * @param issued the date of issue, when it is not the statement's own date
 */
@BaliStyle
@Value.Builder
public record Issuer(IssuerKind kind, List<@Valid Signatory> signatories, Optional<PartialDate> issued) {

  /** Requires the kind; the list is copied, absent optionals are empty. */
  public Issuer {
    Values.required(kind, "Issuer", "kind");
    signatories = Values.list(signatories, "Issuer", "signatories");
    issued = Values.optional(issued);
  }

  /** The co-chairs of the meeting, with no one named. */
  public static Issuer coChairs() {
    return new Issuer(IssuerKind.CO_CHAIRS, List.of(), Optional.empty());
  }

  /** Builds an {@link Issuer}. */
  public static final class Builder extends IssuerBuilder {}
}
