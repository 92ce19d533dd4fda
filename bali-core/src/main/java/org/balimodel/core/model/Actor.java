package org.balimodel.core.model;

import java.util.Objects;

/**
 * Who performed the act a decision records: the meeting as a whole, a group of its participants,
 * a named body, a named member, or a named partner (an organisation outside the Bali Process).
 *
 * <p>"The meeting welcomed …" has the actor {@link Actor#meeting()}; "Members of the AHG
 * commended …" has {@link Group#MEMBERS}; "The RSO highlighted …" has {@code Actor.body("RSO")};
 * a briefing "from Indonesia as ASEAN chair" has {@code Actor.member("IDN")}; "ASEAN highlighted …"
 * has {@code Actor.partner("ASEAN")}. A clause with no subject ("Welcomed the report …" in a list)
 * takes the actor of the sentence it continues.
 */
public sealed interface Actor permits Actor.OfGroup, Actor.OfBody, Actor.OfMember, Actor.OfPartner {

  /** The groups of participants that statements name as actors. */
  enum Group {
    /** "The meeting": the meeting as a whole. */
    MEETING,
    /** "Members", "Members of the AHG". */
    MEMBERS,
    /** "Co-chairs", "The Co-Chairs". */
    CO_CHAIRS,
    /** "Senior officials". */
    SENIOR_OFFICIALS,
    /** "Some participants": part of the meeting, not all of it. */
    SOME_PARTICIPANTS,
    /** "Ministers", "We, the Ministers". */
    MINISTERS,
    /** "All participants", "as agreed by all participants". */
    ALL_PARTICIPANTS,
    /** "Some members", "a number of members": part of the membership, not all of it. */
    SOME_MEMBERS,
    /** "Officials", "participating officials", below senior-officials level. */
    OFFICIALS
  }

  /** The meeting as a whole. */
  static Actor meeting() {
    return new OfGroup(Group.MEETING);
  }

  /** A group of participants. */
  static Actor group(Group group) {
    return new OfGroup(group);
  }

  /** A body of the Bali Process, by identifier. */
  static Actor body(String body) {
    return new OfBody(body);
  }

  /** A member, by identifier. */
  static Actor member(String member) {
    return new OfMember(member);
  }

  /** An organisation outside the Bali Process, by identifier. */
  static Actor partner(String partner) {
    return new OfPartner(partner);
  }

  /**
   * The meeting or a group of its participants.
   *
   * @param group which group
   */
  record OfGroup(Group group) implements Actor {
    /** Requires the group. */
    public OfGroup {
      Objects.requireNonNull(group, "Actor.OfGroup.group is required");
    }
  }

  /**
   * A body of the Bali Process.
   *
   * @param body the body's identifier
   */
  record OfBody(String body) implements Actor {
    /** Requires the body. */
    public OfBody {
      Objects.requireNonNull(body, "Actor.OfBody.body is required");
    }
  }

  /**
   * A member of the Bali Process.
   *
   * @param member the member's identifier
   */
  record OfMember(String member) implements Actor {
    /** Requires the member. */
    public OfMember {
      Objects.requireNonNull(member, "Actor.OfMember.member is required");
    }
  }

  /**
   * An organisation outside the Bali Process that a statement names as acting ("ASEAN briefed …").
   *
   * @param partner the partner's identifier
   */
  record OfPartner(String partner) implements Actor {
    /** Requires the partner. */
    public OfPartner {
      Objects.requireNonNull(partner, "Actor.OfPartner.partner is required");
    }
  }
}
