package org.balimodel.core.model;

/** Who issued a statement, as a kind: the co-chairs, named people, members, or the meeting itself. */
public enum IssuerKind {
  /** The co-chairs of the meeting, the usual issuer of a co-chairs' statement. */
  CO_CHAIRS,
  /** Named people, such as the two co-chairing foreign ministers issuing a joint statement. */
  NAMED_PEOPLE,
  /** Named members, issuing in their own name. */
  MEMBERS,
  /** The meeting as a whole, as for a declaration adopted by all participants. */
  MEETING
}
