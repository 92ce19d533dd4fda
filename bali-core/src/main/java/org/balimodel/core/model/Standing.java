package org.balimodel.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One period of a participant's standing in the Bali Process: member or observer, from when.
 *
 * <p>When the start is not known, {@code knownBy} may say by when the standing is attested
 * (the ILO was a member by 2019; the date it joined was not found). With neither, the standing
 * counts from the forum's beginning in 2002.
 *
 * @param status member or observer
 * @param since the date the standing began, where known
 * @param knownBy a date by which the standing is attested, when its start is not known
 */
@BaliStyle
@Value.Builder
public record Standing(MemberStatus status, Optional<PartialDate> since, Optional<PartialDate> knownBy) {

  /** Requires a status; absent optionals are empty. */
  public Standing {
    Values.required(status, "Standing", "status");
    since = Values.optional(since);
    knownBy = Values.optional(knownBy);
  }

  /** A standing held since the forum's beginning (or since a date not recorded). */
  public static Standing of(MemberStatus status) {
    return new Standing(status, Optional.empty(), Optional.empty());
  }

  /** A standing held since {@code since}. */
  public static Standing since(MemberStatus status, PartialDate since) {
    return new Standing(status, Optional.of(Values.required(since, "Standing", "since")), Optional.empty());
  }

  /**
   * Whether this standing may already have begun on {@code date}: its start (or, failing that, the
   * date it is attested by) does not fall after the date.
   */
  public boolean begunBy(PartialDate date) {
    return since.or(() -> knownBy).map(start -> !start.isAfter(date)).orElse(true);
  }

  /** Builds a {@link Standing}. */
  public static final class Builder extends StandingBuilder {}
}
