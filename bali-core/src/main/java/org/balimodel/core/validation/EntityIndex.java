package org.balimodel.core.validation;

import java.util.HashMap;
import java.util.Map;
import org.balimodel.core.model.Body;
import org.balimodel.core.model.Entities;
import org.balimodel.core.model.Framework;
import org.balimodel.core.model.Initiative;
import org.balimodel.core.model.Instrument;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.Member;
import org.balimodel.core.model.Partner;
import org.balimodel.core.model.Priority;
import org.balimodel.core.model.Statement;
import org.balimodel.core.register.Register;

/**
 * Every entity one statement can refer to, by kind and identifier: the statement's own entities
 * (its meeting included) over the register's.
 *
 * <p>Built once per validation, in one pass over the statement's entities, so that each reference
 * resolves in constant time. Where the statement repeats an identifier the first definition wins,
 * as in the register; the repetition itself is reported by the identifier rule.
 */
final class EntityIndex {
  private final Register register;
  private final Map<String, Member> members = new HashMap<>();
  private final Map<String, Body> bodies = new HashMap<>();
  private final Map<String, Meeting> meetings = new HashMap<>();
  private final Map<String, Framework> frameworks = new HashMap<>();
  private final Map<String, Priority> priorities = new HashMap<>();
  private final Map<String, Framework> frameworkOfPriority = new HashMap<>();
  private final Map<String, Instrument> instruments = new HashMap<>();
  private final Map<String, Partner> partners = new HashMap<>();
  private final Map<String, Initiative> initiatives = new HashMap<>();

  EntityIndex(Statement statement, Register register) {
    this.register = register;
    Entities own = statement.entities();
    meetings.put(statement.meeting().id(), statement.meeting());
    for (Member member : own.members()) {
      members.putIfAbsent(member.id(), member);
    }
    for (Body body : own.bodies()) {
      bodies.putIfAbsent(body.id(), body);
    }
    for (Meeting meeting : own.meetings()) {
      meetings.putIfAbsent(meeting.id(), meeting);
    }
    for (Framework framework : own.frameworks()) {
      frameworks.putIfAbsent(framework.id(), framework);
      for (Priority priority : framework.priorities()) {
        priorities.putIfAbsent(priority.id(), priority);
        frameworkOfPriority.putIfAbsent(priority.id(), framework);
      }
    }
    for (Instrument instrument : own.instruments()) {
      instruments.putIfAbsent(instrument.id(), instrument);
    }
    for (Partner partner : own.partners()) {
      partners.putIfAbsent(partner.id(), partner);
    }
    for (Initiative initiative : own.initiatives()) {
      initiatives.putIfAbsent(initiative.id(), initiative);
    }
  }

  Member member(String id) {
    Member own = members.get(id);
    return own != null ? own : register.member(id).orElse(null);
  }

  Body body(String id) {
    Body own = bodies.get(id);
    return own != null ? own : register.body(id).orElse(null);
  }

  Meeting meeting(String id) {
    Meeting own = meetings.get(id);
    return own != null ? own : register.meeting(id).orElse(null);
  }

  Framework framework(String id) {
    Framework own = frameworks.get(id);
    return own != null ? own : register.framework(id).orElse(null);
  }

  Priority priority(String id) {
    Priority own = priorities.get(id);
    return own != null ? own : register.priority(id).orElse(null);
  }

  /** The framework a priority belongs to. */
  Framework frameworkOfPriority(String priorityId) {
    Framework own = frameworkOfPriority.get(priorityId);
    return own != null ? own : register.frameworkOf(priorityId).orElse(null);
  }

  Instrument instrument(String id) {
    Instrument own = instruments.get(id);
    return own != null ? own : register.instrument(id).orElse(null);
  }

  Partner partner(String id) {
    Partner own = partners.get(id);
    return own != null ? own : register.partner(id).orElse(null);
  }

  Initiative initiative(String id) {
    // The register holds no initiatives: they are always a statement's own.
    return initiatives.get(id);
  }

  /** The entity of this kind with this identifier, or null. */
  Object find(EntityKind kind, String id) {
    return switch (kind) {
      case MEMBER -> member(id);
      case BODY -> body(id);
      case MEETING -> meeting(id);
      case FRAMEWORK -> framework(id);
      case PRIORITY -> priority(id);
      case INSTRUMENT -> instrument(id);
      case PARTNER -> partner(id);
      case INITIATIVE -> initiative(id);
    };
  }

  /** The first kind (in {@link EntityKind} order) an entity with this identifier has, or null. */
  EntityKind kindOf(String id) {
    for (EntityKind kind : EntityKind.values()) {
      if (find(kind, id) != null) {
        return kind;
      }
    }
    return null;
  }

  /** The kind of the register entry with this identifier, or null when the register has none. */
  EntityKind registerKindOf(String id) {
    if (register.member(id).isPresent()) {
      return EntityKind.MEMBER;
    }
    if (register.body(id).isPresent()) {
      return EntityKind.BODY;
    }
    if (register.meeting(id).isPresent()) {
      return EntityKind.MEETING;
    }
    if (register.framework(id).isPresent()) {
      return EntityKind.FRAMEWORK;
    }
    if (register.priority(id).isPresent()) {
      return EntityKind.PRIORITY;
    }
    if (register.instrument(id).isPresent()) {
      return EntityKind.INSTRUMENT;
    }
    if (register.partner(id).isPresent()) {
      return EntityKind.PARTNER;
    }
    return null;
  }

  /** The official name of an entity, where it has one. */
  static String officialName(Object entity) {
    if (entity instanceof Member m) {
      return m.name();
    } else if (entity instanceof Body b) {
      return b.name();
    } else if (entity instanceof Meeting m) {
      return m.name().orElse(null);
    } else if (entity instanceof Framework f) {
      return f.name();
    } else if (entity instanceof Priority p) {
      return p.title().orElse(null);
    } else if (entity instanceof Instrument i) {
      return i.title();
    } else if (entity instanceof Partner p) {
      return p.name();
    } else if (entity instanceof Initiative i) {
      return i.name();
    }
    return null;
  }
}
