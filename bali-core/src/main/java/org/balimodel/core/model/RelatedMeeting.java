package org.balimodel.core.model;

import org.immutables.value.Value;

/**
 * A link from one meeting to another, such as a table-top exercise "held back-to-back with" a
 * working group's annual meeting.
 *
 * @param meeting the other meeting, by identifier
 * @param relation how this meeting relates to it
 */
@BaliStyle
@Value.Builder
public record RelatedMeeting(String meeting, MeetingRelation relation) {

  /** Requires both components. */
  public RelatedMeeting {
    Values.required(meeting, "RelatedMeeting", "meeting");
    Values.required(relation, "RelatedMeeting", "relation");
  }

  /** Builds a {@link RelatedMeeting}. */
  public static final class Builder extends RelatedMeetingBuilder {}
}
