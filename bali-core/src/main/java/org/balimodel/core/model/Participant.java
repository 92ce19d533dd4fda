package org.balimodel.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A participant of a meeting and the capacity in which it attended.
 *
 * @param member the participant, by identifier: a member, an observer, a body of the Bali Process
 *     (role {@link ParticipantRole#BODY}), or (as a guest) a partner
 * @param role member, observer, guest, host or body
 * @param capacity the capacity the statement names beyond the role, as printed ("as Steering Group
 *     members", "as the two most affected countries")
 */
@BaliStyle
@Value.Builder
public record Participant(String member, ParticipantRole role, Optional<@HasText String> capacity) {

  /** Requires both components. */
  public Participant {
    Values.required(member, "Participant", "member");
    Values.required(role, "Participant", "role");
    capacity = Values.optional(capacity);
  }

  /** A participant attending as a member of the Bali Process. */
  public static Participant member(String id) {
    return new Participant(id, ParticipantRole.MEMBER, Optional.empty());
  }

  /** Builds a {@link Participant}. */
  public static final class Builder extends ParticipantBuilder {}
}
