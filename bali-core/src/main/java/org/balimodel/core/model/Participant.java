package org.balimodel.core.model;

import org.immutables.value.Value;

/**
 * A participant of a meeting and the capacity in which it attended.
 *
 * @param member the participant, by identifier: a member, an observer, or (as a guest) a partner
 * @param role member, observer or guest
 */
@BaliStyle
@Value.Builder
public record Participant(String member, ParticipantRole role) {

  /** Requires both components. */
  public Participant {
    Values.required(member, "Participant", "member");
    Values.required(role, "Participant", "role");
  }

  /** A participant attending as a member of the Bali Process. */
  public static Participant member(String id) {
    return new Participant(id, ParticipantRole.MEMBER);
  }

  /** Builds a {@link Participant}. */
  public static final class Builder extends ParticipantBuilder {}
}
