package org.balimodel.core.register;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
  private final Map<String, Member> members;
  private final Map<String, Member> membersByName;
  private final Map<String, Body> bodies;
  private final Map<String, Meeting> meetings;
  private final Map<String, Framework> frameworks;
  private final Map<String, Priority> priorities;
  private final Map<String, Framework> frameworkOfPriority;
  private final Map<String, Instrument> instruments;
  private final Map<String, Partner> partners;

  private Register(RegisterContents contents) {
    this.contents = contents;
    this.members = index(contents.members(), Member::id);
    this.bodies = index(contents.bodies(), Body::id);
    this.meetings = index(contents.meetings(), Meeting::id);
    this.frameworks = index(contents.frameworks(), Framework::id);
    this.instruments = index(contents.instruments(), Instrument::id);
    this.partners = index(contents.partners(), Partner::id);
    Map<String, Priority> prioritiesById = new HashMap<>();
    Map<String, Framework> owners = new HashMap<>();
    for (Framework framework : contents.frameworks()) {
      for (Priority priority : framework.priorities()) {
        prioritiesById.putIfAbsent(priority.id(), priority);
        owners.putIfAbsent(priority.id(), framework);
      }
    }
    this.priorities = Collections.unmodifiableMap(prioritiesById);
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

  /** The member or observer with this identifier ({@code AUS}, {@code IOM}). */
  public Optional<Member> member(String id) {
    return Optional.ofNullable(members.get(id));
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
    return Optional.ofNullable(bodies.get(id));
  }

  /** The meeting with this identifier ({@code bpmc-7}). */
  public Optional<Meeting> meeting(String id) {
    return Optional.ofNullable(meetings.get(id));
  }

  /** The framework with this identifier ({@code soc-2018}). */
  public Optional<Framework> framework(String id) {
    return Optional.ofNullable(frameworks.get(id));
  }

  /** The priority with this identifier, from whichever framework holds it. */
  public Optional<Priority> priority(String id) {
    return Optional.ofNullable(priorities.get(id));
  }

  /** The framework a priority belongs to. */
  public Optional<Framework> frameworkOf(String priorityId) {
    return Optional.ofNullable(frameworkOfPriority.get(priorityId));
  }

  /** The instrument with this identifier ({@code ministerial-declaration-2018}). */
  public Optional<Instrument> instrument(String id) {
    return Optional.ofNullable(instruments.get(id));
  }

  /** The partner with this identifier. */
  public Optional<Partner> partner(String id) {
    return Optional.ofNullable(partners.get(id));
  }

  private static <T> Map<String, T> index(List<T> entries, Function<T, String> id) {
    Map<String, T> map = new HashMap<>();
    for (T entry : entries) {
      map.putIfAbsent(id.apply(entry), entry);
    }
    return Collections.unmodifiableMap(map);
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
