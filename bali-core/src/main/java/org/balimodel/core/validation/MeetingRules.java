package org.balimodel.core.validation;

import static org.balimodel.core.validation.Messages.quote;
import static org.balimodel.core.validation.RuleContext.at;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.balimodel.core.model.Attendance;
import org.balimodel.core.model.Body;
import org.balimodel.core.model.CoChairTerm;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.MeetingKind;
import org.balimodel.core.model.Member;
import org.balimodel.core.model.MemberStatus;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Participant;
import org.balimodel.core.model.ParticipantRole;
import org.balimodel.core.model.RelatedMeeting;
import org.balimodel.core.validation.RuleGuard.Rule;

/**
 * The rules of meetings and participants: convening bodies existed; ordinals are unique in their
 * series; a meeting of the register is not given another date or place; a meeting the statement
 * reports as held is not dated after it; co-chairs are participants, members, and the co-chairs the
 * convening body records; participants held the standing their role claims.
 *
 * <p>No rule infers anything from an absence unless the attendance list is complete: for an
 * excerpt, or a meeting whose attendance is incomplete or unknown, a co-chair missing from the
 * participants is not reported.
 */
final class MeetingRules {

  /** A meeting series and a number in it: its kind and its set of convening bodies. */
  private record SeriesOrdinal(MeetingKind kind, Set<String> convenedBy, int ordinal) {}

  private final RuleContext context;
  private final DateRules dates;
  private final ReferenceRules references;
  private final Map<SeriesOrdinal, String> ordinals = new HashMap<>();

  MeetingRules(RuleContext context, DateRules dates, ReferenceRules references) {
    this.context = context;
    this.dates = dates;
    this.references = references;
    for (Meeting meeting : context.register.meetings()) {
      if (meeting.ordinal().isPresent()) {
        ordinals.putIfAbsent(seriesOrdinal(meeting), meeting.id());
      }
    }
  }

  /** The meetings the statement defines as its own entities. */
  void entityMeetings(List<Meeting> meetings) {
    for (int i = 0; i < meetings.size(); i++) {
      meeting(meetings.get(i), at("/entities", "meetings", i), false);
    }
  }

  /** One meeting: {@code recorded} for the meeting the statement records. */
  void meeting(Meeting meeting, String base, boolean recorded) {
    PartialDate date = meeting.date().orElse(null);
    references.define(meeting.id(), base + "/id", recorded);
    List<String> convenedBy = meeting.convenedBy();
    for (int i = 0; i < convenedBy.size(); i++) {
      if (context.resolves(base, "convenedBy", i, convenedBy.get(i), Kinds.BODIES)) {
        // Each meeting's convening bodies are checked against that meeting's own date.
        dates.bodyEstablished(convenedBy.get(i), date, base, "convenedBy", i);
      }
    }
    List<String> hosts = meeting.hostedBy();
    for (int i = 0; i < hosts.size(); i++) {
      context.resolves(base, "hostedBy", i, hosts.get(i), Kinds.HOSTS);
    }
    context.guarded(Rule.ORDINALS, base, () -> ordinal(meeting, base));
    context.guarded(Rule.DATES, base, () -> span(meeting, base));
    if (recorded) {
      context.guarded(Rule.REGISTER_MEETINGS, base, () -> agreesWithRegister(meeting, base));
    } else {
      context.guarded(Rule.DATES, base, () -> notHeldAfterStatement(meeting, base));
    }
    Set<String> attending = new HashSet<>();
    for (Participant participant : meeting.participants()) {
      attending.add(participant.member());
    }
    boolean complete = meeting.attendanceKnown() == Attendance.COMPLETE && !(recorded && context.excerpt()
        && meeting.attendance().isEmpty());
    coChairs(meeting, base, date, complete ? attending : null);
    participants(meeting, base, date);
    List<RelatedMeeting> related = meeting.related();
    for (int i = 0; i < related.size(); i++) {
      context.resolves(at(base, "related", i), "meeting", -1, related.get(i).meeting(), Kinds.MEETINGS);
    }
  }

  private static SeriesOrdinal seriesOrdinal(Meeting meeting) {
    return new SeriesOrdinal(meeting.kind(), Set.copyOf(meeting.convenedBy()), meeting.ordinal().orElseThrow());
  }

  private boolean ordinal(Meeting meeting, String base) {
    if (meeting.ordinal().isEmpty()) {
      return true;
    }
    String holder = ordinals.putIfAbsent(seriesOrdinal(meeting), meeting.id());
    // A register meeting recorded by the statement is the same meeting, not a second one.
    if (holder != null && !holder.equals(meeting.id())) {
      context.report(
          IssueCode.ORDINAL_DUPLICATE,
          base + "/ordinal",
          "ordinal " + meeting.ordinal().get() + " of the series of " + meeting.kind() + " convened by "
              + meeting.convenedBy() + " is already held by the meeting " + quote(holder));
    }
    return true;
  }

  private boolean span(Meeting meeting, String base) {
    if (meeting.date().isPresent() && meeting.endDate().isPresent()
        && meeting.endDate().get().isBefore(meeting.date().get())) {
      context.report(
          IssueCode.DATE_SPAN_REVERSED,
          base + "/endDate",
          "the meeting ends on " + meeting.endDate().get() + ", before it begins on " + meeting.date().get());
    }
    return true;
  }

  /**
   * The meeting a statement records may be a meeting of the register ({@code bpmc-8},
   * {@code ahg-som-16}): then its date and place are the register's. A statement that gives another
   * date or place is describing another meeting, or has a typo.
   */
  private boolean agreesWithRegister(Meeting meeting, String base) {
    Meeting entry = context.register.meeting(meeting.id()).orElse(null);
    if (entry == null) {
      return true;
    }
    if (entry.date().isPresent() && meeting.date().isPresent() && !entry.date().equals(meeting.date())) {
      context.report(
          IssueCode.MEETING_REGISTER_MISMATCH,
          base + "/date",
          "the register's meeting " + quote(meeting.id()) + " began on " + entry.date().get()
              + ", not " + meeting.date().get());
    }
    if (entry.place().isPresent() && meeting.place().isPresent()) {
      var registered = entry.place().get();
      var given = meeting.place().get();
      boolean sameCity = registered.city().isEmpty() || given.city().isEmpty()
          || Objects.equals(registered.city(), given.city());
      if (!registered.country().equals(given.country()) || !sameCity) {
        context.report(
            IssueCode.MEETING_REGISTER_MISMATCH,
            base + "/place",
            "the register's meeting " + quote(meeting.id()) + " was held in "
                + registered.city().map(c -> c + ", ").orElse("") + registered.country() + ", not "
                + given.city().map(c -> c + ", ").orElse("") + given.country());
      }
    }
    return true;
  }

  /**
   * A meeting the statement names as held (its status is held, or not given) cannot begin after the
   * statement's date: a meeting still to come is {@code PLANNED}.
   */
  private boolean notHeldAfterStatement(Meeting meeting, String base) {
    PartialDate issued = context.statement.date();
    if (meeting.held() && meeting.date().isPresent() && meeting.date().get().isAfter(issued)) {
      context.report(
          IssueCode.MEETING_HELD_AFTER_STATEMENT,
          base + "/date",
          "the meeting " + quote(meeting.id()) + " begins on " + meeting.date().get()
              + ", after the statement's date " + issued + ", but its status is not PLANNED");
    }
    return true;
  }

  /** {@code attending} is null when the attendance list is not complete. */
  private void coChairs(Meeting meeting, String base, PartialDate date, Set<String> attending) {
    List<String> coChairs = meeting.coChairs();
    for (int i = 0; i < coChairs.size(); i++) {
      String id = coChairs.get(i);
      if (!context.resolves(base, "coChairs", i, id, Kinds.MEMBERS)) {
        continue;
      }
      String pointer = at(base, "coChairs", i);
      context.guarded(Rule.CO_CHAIRS, pointer, () -> {
        if (attending != null && !attending.contains(id)) {
          context.report(
              IssueCode.CO_CHAIR_NOT_PARTICIPANT, pointer, "the co-chair " + quote(id) + " is not among the meeting's participants");
        }
        MemberStatus status = RuleContext.status(context.index.member(id), date);
        if (status != MemberStatus.MEMBER) {
          context.report(
              IssueCode.CO_CHAIR_NOT_MEMBER,
              pointer,
              "the co-chair " + quote(id) + " was " + RuleContext.describe(status) + (date == null ? "" : " on " + date)
                  + ", not a member");
        }
        recordedCoChair(meeting, id, date, pointer);
        return true;
      });
    }
  }

  /**
   * A co-chair is one of the co-chairs its convening body records for the date. A body whose terms
   * carry no date has standing co-chairs (the Ministerial Conference: Indonesia and Australia); a
   * dated term covers the meetings whose date overlaps it. A body with no term covering the date
   * says nothing, so nothing is reported.
   */
  private void recordedCoChair(Meeting meeting, String id, PartialDate date, String pointer) {
    for (String bodyId : meeting.convenedBy()) {
      Body body = context.index.body(bodyId);
      if (body == null || body.coChairs().isEmpty()) {
        continue;
      }
      boolean standing = body.coChairs().stream().allMatch(t -> t.asOf().isEmpty());
      List<CoChairTerm> covering = new ArrayList<>();
      for (CoChairTerm term : body.coChairs()) {
        if (standing || (date != null && term.asOf().isPresent() && overlap(term.asOf().get(), date))) {
          covering.add(term);
        }
      }
      if (!covering.isEmpty() && covering.stream().noneMatch(t -> t.members().contains(id))) {
        context.report(
            IssueCode.CO_CHAIR_NOT_RECORDED,
            pointer,
            quote(id) + " is not among the co-chairs " + quote(bodyId) + " records"
                + (standing ? "" : " for " + date) + " (" + covering.get(0).members() + ")");
      }
    }
  }

  private static boolean overlap(PartialDate a, PartialDate b) {
    return !a.isBefore(b) && !a.isAfter(b);
  }

  private void participants(Meeting meeting, String base, PartialDate date) {
    List<Participant> participants = meeting.participants();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < participants.size(); i++) {
      Participant participant = participants.get(i);
      String id = participant.member();
      String entry = at(base, "participants", i);
      if (!seen.add(id)) {
        context.guarded(Rule.PARTICIPANTS, entry, () -> {
          context.report(IssueCode.PARTICIPANT_DUPLICATE, entry + "/member", quote(id) + " is already listed among the participants");
          return true;
        });
        continue;
      }
      ParticipantRole role = participant.role();
      switch (role) {
        case GUEST, HOST -> {
          // A guest or host may be a member of any standing or a partner: there is nothing more to check.
          context.resolves(entry, "member", -1, id, Kinds.GUESTS);
          continue;
        }
        case BODY -> {
          if (context.resolves(entry, "member", -1, id, Kinds.BODIES)) {
            dates.bodyEstablished(id, date, entry, "member", -1);
          }
          continue;
        }
        case MEMBER, OBSERVER -> {
          // checked below
        }
      }
      if (!context.resolves(entry, "member", -1, id, Kinds.MEMBERS)) {
        continue;
      }
      context.guarded(Rule.PARTICIPANTS, entry, () -> standing(context.index.member(id), role, date, entry));
    }
  }

  private boolean standing(Member member, ParticipantRole role, PartialDate date, String entry) {
    MemberStatus status = RuleContext.status(member, date);
    if (allowed(role, status)) {
      return true;
    }
    MemberStatus possible = RuleContext.possibleStatus(member, date);
    if (allowed(role, possible)) {
      // The sources attest the standing only from a later date ("a member by 2019"): it may well have
      // begun earlier, so this is a remark for a reviewer, not an error.
      context.report(
          IssueCode.PARTICIPANT_BEFORE_ATTESTED,
          entry + "/role",
          quote(member.id()) + " attends as " + role + " on " + date + ", before the sources attest its standing"
              + member.standings().stream()
                  .filter(s -> s.since().isEmpty() && s.knownBy().isPresent())
                  .map(s -> " (" + s.status() + " by " + s.knownBy().get() + ")")
                  .findFirst()
                  .orElse(""));
      return true;
    }
    context.report(
        IssueCode.PARTICIPANT_STANDING,
        entry + "/role",
        quote(member.id()) + " attends as " + role + " but was " + RuleContext.describe(status)
            + (date == null ? "" : " on " + date));
    return true;
  }

  private static boolean allowed(ParticipantRole role, MemberStatus status) {
    return role == ParticipantRole.MEMBER
        ? status == MemberStatus.MEMBER
        : status == MemberStatus.MEMBER || status == MemberStatus.OBSERVER;
  }
}
