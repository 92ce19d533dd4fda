package org.balimodel.core.model;

/**
 * The operative verb of a decision — the act a statement records — with its {@link Force}.
 *
 * <p>The {@link #phrase()} is how the verb is written in a clause ("took note", "was briefed");
 * a decision's clause must begin with it, after its subject ("The meeting", "Members of the AHG")
 * and adverbs such as "also".
 */
public enum OperativeVerb {
  /** "welcomed" — endorsement. */
  WELCOMED("welcomed", Force.ENDORSEMENT),
  /** "commended" — endorsement. */
  COMMENDED("commended", Force.ENDORSEMENT),
  /** "affirmed" — endorsement. */
  AFFIRMED("affirmed", Force.ENDORSEMENT),
  /** "supported" — endorsement. */
  SUPPORTED("supported", Force.ENDORSEMENT),
  /** "endorsed" — endorsement. */
  ENDORSED("endorsed", Force.ENDORSEMENT),
  /** "noted with appreciation" — acknowledgement, warmer than "noted" but not an endorsement. */
  NOTED_WITH_APPRECIATION("noted with appreciation", Force.ACKNOWLEDGEMENT),
  /** "noted" — acknowledgement. */
  NOTED("noted", Force.ACKNOWLEDGEMENT),
  /** "took note" — acknowledgement. */
  TOOK_NOTE("took note", Force.ACKNOWLEDGEMENT),
  /** "acknowledged" — acknowledgement. */
  ACKNOWLEDGED("acknowledged", Force.ACKNOWLEDGEMENT),
  /** "recognised" — acknowledgement. */
  RECOGNISED("recognised", Force.ACKNOWLEDGEMENT),
  /** "discussed" — deliberation. */
  DISCUSSED("discussed", Force.DELIBERATION),
  /** "reviewed" — deliberation. */
  REVIEWED("reviewed", Force.DELIBERATION),
  /** "reflected" — deliberation. */
  REFLECTED("reflected", Force.DELIBERATION),
  /** "recalled" — deliberation. */
  RECALLED("recalled", Force.DELIBERATION),
  /** "raised" — deliberation. */
  RAISED("raised", Force.DELIBERATION),
  /** "was briefed" — information given to the meeting. */
  WAS_BRIEFED("was briefed", Force.INFORMATION),
  /** "briefed" — information given by the actor. */
  BRIEFED("briefed", Force.INFORMATION),
  /** "highlighted" — information given by the actor. */
  HIGHLIGHTED("highlighted", Force.INFORMATION),
  /** "thanked" — courtesy. */
  THANKED("thanked", Force.COURTESY),
  /** "appreciated" — courtesy. */
  APPRECIATED("appreciated", Force.COURTESY),
  /** "sought" — request. */
  SOUGHT("sought", Force.REQUEST);

  private final String phrase;
  private final Force force;

  OperativeVerb(String phrase, Force force) {
    this.phrase = phrase;
    this.force = force;
  }

  /** The verb as a clause writes it, in lower case: "took note", "was briefed". */
  public String phrase() {
    return phrase;
  }

  /** The weight the verb gives to what it acts on. */
  public Force force() {
    return force;
  }
}
