package org.balimodel.core.model;

/**
 * The weight an operative verb gives to what a meeting records, for tools that filter decisions.
 *
 * <p>The classification is bali's reading of diplomatic usage in Bali Process statements, not an
 * official one; {@link OperativeVerb} documents which verb carries which force.
 */
public enum Force {
  /** The meeting approves or backs something: welcomed, commended, affirmed, supported. */
  ENDORSEMENT,
  /** The meeting records that something exists or happened, without judging it: noted, took note, acknowledged, recognised. */
  ACKNOWLEDGEMENT,
  /** The meeting considered something: discussed, reviewed, reflected, recalled, raised. */
  DELIBERATION,
  /** Information was given to or by the meeting: briefed, was briefed, highlighted. */
  INFORMATION,
  /** Thanks and appreciation: thanked, appreciated. */
  COURTESY,
  /** Something was asked for: sought. */
  REQUEST
}
