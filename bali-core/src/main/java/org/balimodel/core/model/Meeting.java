package org.balimodel.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event of the Bali Process: a ministerial conference, a senior officials' meeting, a working
 * group's annual meeting, a table-top exercise, a webinar, a dialogue.
 *
 * <p>The 16th Ad Hoc Group Senior Officials' Meeting is a meeting of kind
 * {@link MeetingKind#SENIOR_OFFICIALS_MEETING}, convened by the {@code AHG}, ordinal 16, on
 * {@code 2022-12-06}, in Bali, {@code IDN}, {@link MeetingFormat#HYBRID}, co-chaired by {@code IDN}
 * and {@code AUS}. Meetings known only loosely keep that looseness: the WG-D annual meeting of
 * "October 2022" has the month-precision date {@code 2022-10}.
 *
 * @param id a slug ({@code ahg-som-16}, {@code bpmc-8})
 * @param kind what kind of event it is
 * @param name its name, where the statement gives one beyond its kind and ordinal
 * @param convenedBy the bodies that convened it, by identifier (two for a joint event)
 * @param ordinal its number in its series ("16th"): the series is its kind and convening bodies
 * @param date when it took place or began, to the precision known
 * @param endDate when it ended, for events over several days
 * @param place where it took place; absent for virtual events
 * @param format in person, virtual or hybrid, where known
 * @param coChairs the members that co-chaired it, by identifier; each must also be a participant
 * @param participants who attended, in the statement's order, with their role
 * @param related links to other meetings
 * @param sources where the entry was read
 */
@BaliStyle
@Value.Builder
public record Meeting(
    @Slug String id,
    MeetingKind kind,
    Optional<@HasText String> name,
    List<String> convenedBy,
    Optional<@Positive Integer> ordinal,
    Optional<PartialDate> date,
    Optional<PartialDate> endDate,
    Optional<@Valid Place> place,
    Optional<MeetingFormat> format,
    List<String> coChairs,
    List<Participant> participants,
    List<RelatedMeeting> related,
    List<@Valid Source> sources) {

  /** Requires id and kind; lists are copied, absent optionals are empty. */
  public Meeting {
    Values.required(id, "Meeting", "id");
    Values.required(kind, "Meeting", "kind");
    name = Values.optional(name);
    convenedBy = Values.list(convenedBy, "Meeting", "convenedBy");
    ordinal = Values.optional(ordinal);
    date = Values.optional(date);
    endDate = Values.optional(endDate);
    place = Values.optional(place);
    format = Values.optional(format);
    coChairs = Values.list(coChairs, "Meeting", "coChairs");
    participants = Values.list(participants, "Meeting", "participants");
    related = Values.list(related, "Meeting", "related");
    sources = Values.list(sources, "Meeting", "sources");
  }

  /** Builds a {@link Meeting}. */
  public static final class Builder extends MeetingBuilder {}
}
