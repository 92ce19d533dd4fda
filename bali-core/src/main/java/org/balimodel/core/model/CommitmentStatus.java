package org.balimodel.core.model;

/**
 * How firm a forward-looking item of a statement is, in the statement's own words.
 *
 * <p>Statements say "the intention of the WG-D to initiate", "plans by the WG-TIP to work",
 * "the proposed forward workplan", "its ongoing commitment": the status keeps that distinction.
 */
public enum CommitmentStatus {
  /** Something a body or member has said it intends to do ("the intention of … to …"). */
  INTENDED,
  /** Something planned ("plans to …", "plans by … to …"). */
  PLANNED,
  /** Something proposed and not yet agreed ("the proposed forward workplan"). */
  PROPOSED,
  /** Something already under way and continuing ("its ongoing commitment"). */
  ONGOING,
  /** Something that has taken place ("Joint Periods of Action in 2018 and 2019"). */
  COMPLETED,
  /** Something that did not happen when it was due and happened, or is to happen, later. */
  SLIPPED,
  /** Something overtaken by a later decision before it was carried out. */
  SUPERSEDED
}
