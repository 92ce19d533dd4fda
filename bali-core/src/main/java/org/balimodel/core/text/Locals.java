package org.balimodel.core.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.text.Normalizer;
import org.balimodel.core.model.CommitmentStatus;
import org.balimodel.core.model.Entities;
import org.balimodel.core.model.Initiative;
import org.balimodel.core.model.Instrument;
import org.balimodel.core.model.InstrumentKind;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.MeetingFormat;
import org.balimodel.core.model.MeetingKind;
import org.balimodel.core.model.MeetingStatus;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Partner;
import org.balimodel.core.model.PartnerKind;
import org.balimodel.core.model.Place;
import org.balimodel.core.register.EntityKind;

/**
 * The draft's own entities: the meetings, instruments, partners and initiatives the text names that
 * the register does not hold. One entity is made once however often the text names it; identifiers
 * are slugs of what the text says, made unique.
 */
final class Locals {
  /** A meeting the text names, filled in as the text says more about it. */
  static final class LocalMeeting {
    final String id;
    final MeetingKind kind;
    String name;
    final Set<String> convenedBy = new LinkedHashSet<>();
    Integer ordinal;
    PartialDate date;
    PartialDate endDate;
    Place place;
    MeetingFormat format;

    LocalMeeting(String id, MeetingKind kind, String name) {
      this.id = id;
      this.kind = kind;
      this.name = name;
    }

    Meeting build() {
      Meeting.Builder builder = new Meeting.Builder().id(id).kind(kind).addAllConvenedBy(convenedBy);
      if (name != null && !name.isBlank()) {
        builder.name(name);
      }
      if (ordinal != null) {
        builder.ordinal(ordinal);
      }
      if (date != null) {
        builder.date(date);
      }
      if (endDate != null) {
        builder.endDate(endDate);
      }
      if (place != null) {
        builder.place(place);
      }
      if (format != null) {
        builder.format(format);
      }
      return builder.build();
    }
  }

  private final Set<String> ids = new HashSet<>();
  private final List<LocalMeeting> meetings = new ArrayList<>();
  private final Map<String, Instrument> instruments = new LinkedHashMap<>();
  private final Map<String, Partner> partners = new LinkedHashMap<>();
  private final Map<String, Initiative> initiatives = new LinkedHashMap<>();

  Locals(Set<String> taken) {
    ids.addAll(taken);
  }

  /**
   * The local meeting of this kind, convenors and date, made if new. Two mentions are one meeting
   * when kind and convenors agree and their dates do not contradict each other.
   */
  LocalMeeting meeting(MeetingKind kind, Set<String> convenedBy, Integer ordinal, PartialDate date, String name) {
    for (LocalMeeting meeting : meetings) {
      if (meeting.kind == kind && meeting.convenedBy.equals(convenedBy) && Objects.equals(meeting.ordinal, ordinal)
          && (date == null || meeting.date == null || meeting.date.equals(date))
          && (!convenedBy.isEmpty() || ordinal != null || date != null || Objects.equals(fold(meeting.name), fold(name)))) {
        if (meeting.date == null) {
          meeting.date = date;
        }
        return meeting;
      }
    }
    if (convenedBy.isEmpty() && ordinal == null && (name == null || name.equals(name.toLowerCase(Locale.ROOT)))) {
      // "the joint table-top exercise" after "the table-top exercise conducted by the WG-D and TFPP":
      // a second mention that names no convenor is the one meeting of its kind the text has named.
      List<LocalMeeting> same = meetings.stream().filter(m -> m.kind == kind && (date == null || m.date == null || m.date.equals(date))).toList();
      if (same.size() == 1) {
        return same.get(0);
      }
    }
    String base = slug(String.join("-", convenedBy) + " " + (name == null ? kind.name() : name)
        + (date == null ? "" : " " + date.toString().replace('-', ' ')));
    LocalMeeting meeting = new LocalMeeting(unique(base), kind, name);
    meeting.convenedBy.addAll(convenedBy);
    meeting.ordinal = ordinal;
    meeting.date = date;
    meetings.add(meeting);
    return meeting;
  }

  int indexOf(LocalMeeting meeting) {
    return meetings.indexOf(meeting);
  }

  /** The local instrument of this kind from this issuer (or with this title), made if new. */
  String instrument(InstrumentKind kind, String title, Optional<String> issuedBy, Optional<String> adoptedAt) {
    String key = kind + "|" + issuedBy.orElse("") + "|" + adoptedAt.orElse("") + "|" + (issuedBy.isPresent() ? "" : fold(title));
    Instrument known = instruments.get(key);
    if (known != null) {
      return known.id();
    }
    String id = unique(slug(adoptedAt.or(() -> issuedBy).map(i -> i + " ").orElse("") + (issuedBy.isPresent() ? kind.name() : title)));
    Instrument.Builder builder = new Instrument.Builder().id(id).kind(kind).title(title);
    issuedBy.ifPresent(builder::issuedBy);
    adoptedAt.ifPresent(builder::adoptedAt);
    instruments.put(key, builder.build());
    return id;
  }

  /** The name or title of a local entity, as the draft gives it. */
  Optional<String> name(EntityKind kind, String id) {
    return switch (kind) {
      case INSTRUMENT -> instruments.values().stream().filter(i -> i.id().equals(id)).map(Instrument::title).findFirst();
      case PARTNER -> Optional.ofNullable(partners.get(id)).map(Partner::name);
      case INITIATIVE -> initiatives.values().stream().filter(i -> i.id().equals(id)).map(Initiative::name).findFirst();
      default -> Optional.empty();
    };
  }

  /** The first convening body of a local meeting. */
  Optional<String> convenorOf(String meetingId) {
    return meetings.stream().filter(m -> m.id.equals(meetingId)).findFirst().flatMap(m -> m.convenedBy.stream().findFirst());
  }

  /** The local partner with this identifier, made if new. */
  String partner(String id, PartnerKind kind, String name, Optional<String> acronym) {
    partners.computeIfAbsent(id, k -> {
      ids.add(id);
      Partner.Builder builder = new Partner.Builder().id(id).kind(kind).name(name);
      acronym.ifPresent(builder::acronym);
      return builder.build();
    });
    return id;
  }

  /** The local initiative of this name and year, made if new. */
  String initiative(String name, List<String> leads, PartialDate date, CommitmentStatus status) {
    String key = fold(name) + "|" + date;
    Initiative known = initiatives.get(key);
    if (known != null) {
      return known.id();
    }
    String id = unique(slug(String.join(" ", leads) + " " + name + " " + date));
    initiatives.put(key, new Initiative.Builder().id(id).name(name + " " + date).addAllLeads(leads).date(date).status(status).build());
    return id;
  }

  private final Set<String> reported = new HashSet<>();

  /** Whether this is the first time the entity is reported to the reviewer. */
  boolean firstReport(String id) {
    return reported.add(id);
  }

  /** The pointer of a local entity of the draft, or empty when the register holds it. */
  Optional<String> pointer(EntityKind kind, String id) {
    List<String> order = switch (kind) {
      case INSTRUMENT -> instruments.values().stream().map(Instrument::id).toList();
      case PARTNER -> new ArrayList<>(partners.keySet());
      case INITIATIVE -> initiatives.values().stream().map(Initiative::id).toList();
      case MEETING -> meetings.stream().map(m -> m.id).toList();
      default -> List.of();
    };
    int at = order.indexOf(id);
    return at < 0 ? Optional.empty() : Optional.of("/entities/" + kind.plural() + "/" + at);
  }

  Entities build(PartialDate statementDate) {
    return new Entities.Builder()
        .addAllMeetings(meetings.stream().map(m -> {
          Meeting meeting = m.build();
          // A meeting the statement looks forward to ("… the Ad Hoc Group meeting in Kuala Lumpur on 31 October") is planned, not held.
          return m.date != null && m.date.isAfter(statementDate)
              ? new Meeting.Builder().from(meeting).status(MeetingStatus.PLANNED).build() : meeting;
        }).toList())
        .addAllInstruments(instruments.values())
        .addAllPartners(partners.values())
        .addAllInitiatives(initiatives.values())
        .build();
  }

  private String unique(String base) {
    String id = base.isEmpty() ? "entity" : base;
    if (id.length() > 72) {
      id = id.substring(0, 72).replaceAll("-+$", "");
    }
    String candidate = id;
    for (int n = 2; !ids.add(candidate); n++) {
      candidate = id + "-" + n;
    }
    return candidate;
  }

  /** A slug of a name: lower-case letters and digits joined by single hyphens. */
  static String slug(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  static String fold(String text) {
    return text == null ? null : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }
}
