package org.balimodel.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The co-chairs of a body as a source records them at some date ("co-chaired by New Zealand and
 * Viet Nam"; "Malaysia and New Zealand in 2017").
 *
 * @param members identifiers of the co-chairing members
 * @param asOf when the source records these co-chairs; absent when the source gives no date
 */
@BaliStyle
@Value.Builder
public record CoChairTerm(List<String> members, Optional<PartialDate> asOf) {

  /** Copies the list; an absent date is empty. */
  public CoChairTerm {
    members = Values.list(members, "CoChairTerm", "members");
    asOf = Values.optional(asOf);
  }

  /** Builds a {@link CoChairTerm}. */
  public static final class Builder extends CoChairTermBuilder {}
}
