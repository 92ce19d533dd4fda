package org.balimodel.core.validation;

import java.util.EnumMap;
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
import org.balimodel.core.register.EntityKind;
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
  /** The statement's own entities by kind and identifier, built from the one table of kinds. */
  private final Map<EntityKind, Map<String, Object>> own = new EnumMap<>(EntityKind.class);
  private final Map<String, Framework> frameworkOfPriority = new HashMap<>();

  EntityIndex(Statement statement, Register register) {
    this.register = register;
    Entities entities = statement.entities();
    for (EntityKind kind : EntityKind.values()) {
      own.put(kind, new HashMap<>());
    }
    own.get(EntityKind.MEETING).put(statement.meeting().id(), statement.meeting());
    for (EntityKind kind : EntityKind.values()) {
      Map<String, Object> byId = own.get(kind);
      for (Object entity : kind.entries(entities)) {
        byId.putIfAbsent(kind.id(entity), entity);
      }
    }
    for (Framework framework : entities.frameworks()) {
      for (Priority priority : framework.priorities()) {
        frameworkOfPriority.putIfAbsent(priority.id(), framework);
      }
    }
  }

  Member member(String id) {
    return (Member) find(EntityKind.MEMBER, id);
  }

  Body body(String id) {
    return (Body) find(EntityKind.BODY, id);
  }

  Meeting meeting(String id) {
    return (Meeting) find(EntityKind.MEETING, id);
  }

  Framework framework(String id) {
    return (Framework) find(EntityKind.FRAMEWORK, id);
  }

  /** The framework a priority belongs to. */
  Framework frameworkOfPriority(String priorityId) {
    Framework framework = frameworkOfPriority.get(priorityId);
    return framework != null ? framework : register.frameworkOf(priorityId).orElse(null);
  }

  /** The entity of this kind with this identifier, the statement's own over the register's, or null. */
  Object find(EntityKind kind, String id) {
    Object entity = own.get(kind).get(id);
    return entity != null ? entity : register.find(kind, id).orElse(null);
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
    return register.kindOf(id).orElse(null);
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
