package org.balimodel.core.model;

/**
 * The weight an operative verb gives to what a meeting records, for tools that filter decisions.
 *
 * <p>The classification is bali's reading of diplomatic usage in Bali Process statements and of the
 * UN's operative and preambular phrases, not an official one; {@link OperativeVerb} documents which
 * verb carries which force.
 */
public enum Force {
  /** The meeting decides or agrees something that binds it: agreed, decided, adopted, approved, resolved. */
  DECISION,
  /** The meeting approves or backs something: welcomed, commended, affirmed, supported, endorsed. */
  ENDORSEMENT,
  /** The meeting records that something exists or happened, without judging it: noted, took note, acknowledged, recognised. */
  ACKNOWLEDGEMENT,
  /** The meeting considered something: discussed, reviewed, reflected, recalled, raised, considered. */
  DELIBERATION,
  /** Information was given to or by the meeting: briefed, was briefed, highlighted, outlined, drew attention. */
  INFORMATION,
  /** The meeting gave weight to something already said: reaffirmed, emphasised, underlined, stressed. */
  EMPHASIS,
  /** The meeting voiced concern or disapproval: expressed concern, noted with concern, condemned. */
  CONCERN,
  /** Something was asked of others: requested, urged, called for, called upon, invited, encouraged, tasked, recommended, sought. */
  REQUEST,
  /** The actor bound itself to act or to expect something: committed, pledged, looked forward. */
  COMMITMENT,
  /** Thanks and appreciation: thanked, appreciated, expressed appreciation, congratulated. */
  COURTESY,
  /** The meeting itself took place: met, convened, hosted. */
  PROCEEDINGS,
  /** A verb outside the vocabulary ({@link OperativeVerb#OTHER}): its weight is not classified. */
  UNCLASSIFIED
}
