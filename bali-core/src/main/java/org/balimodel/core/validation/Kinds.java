package org.balimodel.core.validation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.balimodel.core.register.EntityKind;

/** The sets of {@link EntityKind}s a place in a statement accepts, and how messages name them. */
final class Kinds {
  static final Set<EntityKind> MEMBERS = EnumSet.of(EntityKind.MEMBER);
  static final Set<EntityKind> BODIES = EnumSet.of(EntityKind.BODY);
  static final Set<EntityKind> MEETINGS = EnumSet.of(EntityKind.MEETING);
  static final Set<EntityKind> FRAMEWORKS = EnumSet.of(EntityKind.FRAMEWORK);
  static final Set<EntityKind> INSTRUMENTS = EnumSet.of(EntityKind.INSTRUMENT);
  static final Set<EntityKind> PARTNERS = EnumSet.of(EntityKind.PARTNER);
  /** Who can own a commitment: the bodies or members that will act. */
  static final Set<EntityKind> ACTORS = EnumSet.of(EntityKind.BODY, EntityKind.MEMBER);
  /** Who can lead an initiative: a body, a member, or an organisation outside the forum. */
  static final Set<EntityKind> LEADS = EnumSet.of(EntityKind.BODY, EntityKind.MEMBER, EntityKind.PARTNER);
  /** Who can attend as a guest: a member of any standing, or a partner. */
  static final Set<EntityKind> GUESTS = EnumSet.of(EntityKind.MEMBER, EntityKind.PARTNER);
  /** Who can host a meeting outside a convening body: a member, a partner, or a body. */
  static final Set<EntityKind> HOSTS = EnumSet.of(EntityKind.MEMBER, EntityKind.PARTNER, EntityKind.BODY);
  static final Set<EntityKind> ANY = EnumSet.allOf(EntityKind.class);

  private static final Map<EntityKind, Set<EntityKind>> ONLY = new EnumMap<>(EntityKind.class);

  static {
    for (EntityKind kind : EntityKind.values()) {
      ONLY.put(kind, Collections.unmodifiableSet(EnumSet.of(kind)));
    }
  }

  private Kinds() {}

  /** Just {@code kind}: a place that accepts one kind of entity. */
  static Set<EntityKind> only(EntityKind kind) {
    return ONLY.get(kind);
  }

  /** "a body or a member", for messages. */
  static String describe(Set<EntityKind> kinds) {
    return describe(kinds, true);
  }

  /** "body or member", for messages such as "names no body or member". */
  static String describeWithout(Set<EntityKind> kinds) {
    return describe(kinds, false);
  }

  private static String describe(Set<EntityKind> kinds, boolean article) {
    if (kinds.size() == EntityKind.values().length) {
      return article ? "an entity" : "entity";
    }
    StringBuilder out = new StringBuilder();
    for (EntityKind kind : kinds) {
      if (out.length() > 0) {
        out.append(" or ");
      }
      out.append(article ? kind.withArticle() : kind.noun());
    }
    return out.toString();
  }
}
