package org.balimodel.core.register;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.balimodel.core.model.Body;
import org.balimodel.core.model.Framework;
import org.balimodel.core.model.Instrument;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.Member;
import org.balimodel.core.model.Partner;
import org.balimodel.core.model.Priority;

/**
 * The canonical register of the Bali Process: its members, bodies, frameworks and priorities,
 * ministerial conferences and founding documents, each entry citing its sources, as of one date.
 *
 * <p>The register is data, not a closed set of types: a working group established after the
 * register's {@link #asOf()} date can be defined by a statement itself, or a newer register can be
 * built with {@link #of(RegisterContents)}, without a new release of the model. {@link
 * #baliProcess()} is the register bali ships, built from the sources listed in its entries.
 *
 * <p>A register is immutable and safe to share between threads. Look-ups by identifier are exact;
 * {@link #findMember(String)} also accepts the names statements print ("UAE", "Viet Nam").
 */
public final class Register {

  private final RegisterContents contents;
  /** Every entry by kind and identifier, built from the one table of kinds. */
  private final Map<EntityKind, Map<String, Object>> byKind = new EnumMap<>(EntityKind.class);
  private final Map<String, Member> membersByName;
  private final Map<String, Framework> frameworkOfPriority;

  private Register(RegisterContents contents) {
    this.contents = contents;
    for (EntityKind kind : EntityKind.values()) {
      Map<String, Object> entries = new HashMap<>();
      for (Object entry : kind.entries(contents)) {
        entries.putIfAbsent(kind.id(entry), entry);
      }
      byKind.put(kind, Collections.unmodifiableMap(entries));
    }
    Map<String, Framework> owners = new HashMap<>();
    for (Framework framework : contents.frameworks()) {
      for (Priority priority : framework.priorities()) {
        owners.putIfAbsent(priority.id(), framework);
      }
    }
    this.frameworkOfPriority = Collections.unmodifiableMap(owners);
    Map<String, Member> byName = new HashMap<>();
    for (Member member : contents.members()) {
      byName.putIfAbsent(normalise(member.id()), member);
      byName.putIfAbsent(normalise(member.name()), member);
      for (String alias : member.aliases()) {
        byName.putIfAbsent(normalise(alias), member);
      }
    }
    this.membersByName = Collections.unmodifiableMap(byName);
  }

  /** The register bali ships: the Bali Process as reconstructed from public sources. */
  public static Register baliProcess() {
    return Canonical.INSTANCE;
  }

  /** A register holding exactly {@code contents}; the first entry wins where identifiers repeat. */
  public static Register of(RegisterContents contents) {
    return new Register(java.util.Objects.requireNonNull(contents, "contents"));
  }

  /** Everything the register holds, as data. */
  public RegisterContents contents() {
    return contents;
  }

  /** The date the register describes. */
  public LocalDate asOf() {
    return contents.asOf();
  }

  /** All members and observers, in register order. */
  public List<Member> members() {
    return contents.members();
  }

  /** All bodies, in register order. */
  public List<Body> bodies() {
    return contents.bodies();
  }

  /** All meetings the register holds (the ministerial conferences), in register order. */
  public List<Meeting> meetings() {
    return contents.meetings();
  }

  /** All frameworks, in register order. */
  public List<Framework> frameworks() {
    return contents.frameworks();
  }

  /** All instruments, in register order. */
  public List<Instrument> instruments() {
    return contents.instruments();
  }

  /** All partners, in register order. */
  public List<Partner> partners() {
    return contents.partners();
  }

  /**
   * The entry of this kind with this identifier, typed as {@link EntityKind#type()}; what the typed
   * look-ups ({@link #member(String)}, {@link #body(String)}...) read.
   */
  public Optional<Object> find(EntityKind kind, String id) {
    return Optional.ofNullable(byKind.get(kind).get(id));
  }

  /** The first kind, in {@link EntityKind} order, of which the register holds {@code id}. */
  public Optional<EntityKind> kindOf(String id) {
    for (EntityKind kind : EntityKind.values()) {
      if (byKind.get(kind).containsKey(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  private <T> Optional<T> find(EntityKind kind, Class<T> type, String id) {
    return find(kind, id).map(type::cast);
  }

  /** The member or observer with this identifier ({@code AUS}, {@code IOM}). */
  public Optional<Member> member(String id) {
    return find(EntityKind.MEMBER, Member.class, id);
  }

  /**
   * The member a statement means by {@code name}: its identifier, its name or one of its aliases,
   * ignoring case, accents and punctuation ("UAE", "USA", "Viet Nam", "Vietnam", "Turkiye").
   */
  public Optional<Member> findMember(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(membersByName.get(normalise(name)));
  }

  /** The body with this identifier ({@code WG-TIP}). */
  public Optional<Body> body(String id) {
    return find(EntityKind.BODY, Body.class, id);
  }

  /** The meeting with this identifier ({@code bpmc-7}). */
  public Optional<Meeting> meeting(String id) {
    return find(EntityKind.MEETING, Meeting.class, id);
  }

  /** The framework with this identifier ({@code soc-2018}). */
  public Optional<Framework> framework(String id) {
    return find(EntityKind.FRAMEWORK, Framework.class, id);
  }

  /** The priority with this identifier, from whichever framework holds it. */
  public Optional<Priority> priority(String id) {
    return find(EntityKind.PRIORITY, Priority.class, id);
  }

  /** The framework a priority belongs to. */
  public Optional<Framework> frameworkOf(String priorityId) {
    return Optional.ofNullable(frameworkOfPriority.get(priorityId));
  }

  /** The instrument with this identifier ({@code ministerial-declaration-2018}). */
  public Optional<Instrument> instrument(String id) {
    return find(EntityKind.INSTRUMENT, Instrument.class, id);
  }

  /** The partner with this identifier. */
  public Optional<Partner> partner(String id) {
    return find(EntityKind.PARTNER, Partner.class, id);
  }

  /** Folds case, accents and punctuation so that "Viet Nam", "VIETNAM" and "Viêt Nam" meet. */
  static String normalise(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Built on first use, once per class loader. */
  private static final class Canonical {
    static final Register INSTANCE = new Register(CanonicalRegister.contents());
  }
}
