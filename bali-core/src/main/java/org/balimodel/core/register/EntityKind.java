package org.balimodel.core.register;

import java.util.List;
import java.util.function.Function;
import org.balimodel.core.model.Body;
import org.balimodel.core.model.Entities;
import org.balimodel.core.model.Framework;
import org.balimodel.core.model.Initiative;
import org.balimodel.core.model.Instrument;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.Member;
import org.balimodel.core.model.Partner;
import org.balimodel.core.model.Priority;
import org.balimodel.core.model.References;

/**
 * A kind of entity a statement can refer to by identifier (a member, a body, a meeting...), with
 * where entries of that kind live in {@link Entities}, {@link References} and
 * {@link RegisterContents}.
 *
 * <p>This is the one table of entity kinds: the records keep one list per kind because that is
 * their JSON shape and their builders, and everything that treats the kinds alike (the register's
 * look-ups, the validator's index of a statement's entities, the reference checks) loops over this
 * table instead of repeating a block per kind. A new kind is a new constant here plus its list in
 * each record; a test checks that every list of the three records has its constant.
 *
 * <p>The constants are in look-up order: where one identifier names entities of several kinds, the
 * earlier kind is the one reported. The table lives in the register package, not the model package,
 * because it reads {@link RegisterContents} and the model does not depend on the register.
 */
public enum EntityKind {
  /** Member and observer states, territories and organisations. */
  MEMBER("a", "member", "members", Member.class, Member::id,
      Entities::members, References::members, RegisterContents::members),
  /** Bodies of the Bali Process. */
  BODY("a", "body", "bodies", Body.class, Body::id,
      Entities::bodies, References::bodies, RegisterContents::bodies),
  /** Meetings. */
  MEETING("a", "meeting", "meetings", Meeting.class, Meeting::id,
      Entities::meetings, References::meetings, RegisterContents::meetings),
  /** Strategies, work plans and recommendations. */
  FRAMEWORK("a", "framework", "frameworks", Framework.class, Framework::id,
      Entities::frameworks, References::frameworks, RegisterContents::frameworks),
  /** Priorities; they are held inside their frameworks, not in a list of their own. */
  PRIORITY("a", "priority", "priorities", Priority.class, Priority::id,
      entities -> priorities(entities.frameworks()), References::priorities,
      contents -> priorities(contents.frameworks())),
  /** Declarations and other documents. */
  INSTRUMENT("an", "instrument", "instruments", Instrument.class, Instrument::id,
      Entities::instruments, References::instruments, RegisterContents::instruments),
  /** Organisations outside the Bali Process. */
  PARTNER("a", "partner", "partners", Partner.class, Partner::id,
      Entities::partners, References::partners, RegisterContents::partners),
  /** Pieces of practical work; the register holds none, they are always a statement's own. */
  INITIATIVE("an", "initiative", "initiatives", Initiative.class, Initiative::id,
      Entities::initiatives, References::initiatives, contents -> List.of());

  private final String noun;
  private final String withArticle;
  private final String plural;
  private final Class<?> type;
  private final Function<Object, String> id;
  private final Function<Entities, List<?>> inEntities;
  private final Function<References, List<String>> inReferences;
  private final Function<RegisterContents, List<?>> inRegister;

  <T> EntityKind(
      String article,
      String noun,
      String plural,
      Class<T> type,
      Function<T, String> id,
      Function<Entities, List<? extends T>> inEntities,
      Function<References, List<String>> inReferences,
      Function<RegisterContents, List<? extends T>> inRegister) {
    this.noun = noun;
    this.withArticle = article + " " + noun;
    this.plural = plural;
    this.type = type;
    this.id = entity -> id.apply(type.cast(entity));
    this.inEntities = inEntities::apply;
    this.inReferences = inReferences;
    this.inRegister = inRegister::apply;
  }

  private static List<Priority> priorities(List<Framework> frameworks) {
    return frameworks.stream().flatMap(framework -> framework.priorities().stream()).toList();
  }

  /** The noun for messages: "body", "instrument". */
  public String noun() {
    return noun;
  }

  /** The noun with its indefinite article, for messages: "a body", "an instrument". */
  public String withArticle() {
    return withArticle;
  }

  /** The name of this kind's list in the records and in JSON: "bodies", "priorities". */
  public String plural() {
    return plural;
  }

  /** The record type of entities of this kind ({@link Body} for {@link #BODY}). */
  public Class<?> type() {
    return type;
  }

  /** The identifier of {@code entity}, which must be of {@link #type()}. */
  public String id(Object entity) {
    return id.apply(entity);
  }

  /** The statement's own entities of this kind (its frameworks' priorities for {@link #PRIORITY}). */
  public List<?> entries(Entities entities) {
    return inEntities.apply(entities);
  }

  /** The identifiers of entities of this kind that {@code references} names. */
  public List<String> ids(References references) {
    return inReferences.apply(references);
  }

  /** The register's entries of this kind (its frameworks' priorities for {@link #PRIORITY}). */
  public List<?> entries(RegisterContents contents) {
    return inRegister.apply(contents);
  }
}
