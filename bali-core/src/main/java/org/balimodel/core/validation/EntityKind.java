package org.balimodel.core.validation;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of entity a reference can name, in the order a look-up tries them. */
enum EntityKind {
  MEMBER("a", "member"),
  BODY("a", "body"),
  MEETING("a", "meeting"),
  FRAMEWORK("a", "framework"),
  PRIORITY("a", "priority"),
  INSTRUMENT("an", "instrument"),
  PARTNER("a", "partner"),
  INITIATIVE("an", "initiative");

  static final Set<EntityKind> MEMBERS = EnumSet.of(MEMBER);
  static final Set<EntityKind> BODIES = EnumSet.of(BODY);
  static final Set<EntityKind> MEETINGS = EnumSet.of(MEETING);
  static final Set<EntityKind> FRAMEWORKS = EnumSet.of(FRAMEWORK);
  static final Set<EntityKind> PRIORITIES = EnumSet.of(PRIORITY);
  static final Set<EntityKind> INSTRUMENTS = EnumSet.of(INSTRUMENT);
  static final Set<EntityKind> PARTNERS = EnumSet.of(PARTNER);
  static final Set<EntityKind> INITIATIVES = EnumSet.of(INITIATIVE);
  /** Who can own a commitment: the bodies or members that will act. */
  static final Set<EntityKind> ACTORS = EnumSet.of(BODY, MEMBER);
  /** Who can lead an initiative: a body, a member, or an organisation outside the forum. */
  static final Set<EntityKind> LEADS = EnumSet.of(BODY, MEMBER, PARTNER);
  /** Who can attend as a guest: a member of any standing, or a partner. */
  static final Set<EntityKind> GUESTS = EnumSet.of(MEMBER, PARTNER);
  /** Who can host a meeting outside a convening body: a member, a partner, or a body. */
  static final Set<EntityKind> HOSTS = EnumSet.of(MEMBER, PARTNER, BODY);
  static final Set<EntityKind> ANY = EnumSet.allOf(EntityKind.class);

  private final String noun;
  private final String withArticle;

  EntityKind(String article, String noun) {
    this.noun = noun;
    this.withArticle = article + " " + noun;
  }

  /** "a body", "an instrument". */
  String withArticle() {
    return withArticle;
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
    if (kinds.size() == values().length) {
      return article ? "an entity" : "entity";
    }
    StringBuilder out = new StringBuilder();
    for (EntityKind kind : kinds) {
      if (out.length() > 0) {
        out.append(" or ");
      }
      out.append(article ? kind.withArticle : kind.noun);
    }
    return out.toString();
  }
}
