package org.balimodel.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntBinaryOperator;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Body;
import org.balimodel.core.model.BodyKind;
import org.balimodel.core.model.CoChairTerm;
import org.balimodel.core.model.Commitment;
import org.balimodel.core.model.CommitmentStatus;
import org.balimodel.core.model.Decision;
import org.balimodel.core.model.Entities;
import org.balimodel.core.model.Framework;
import org.balimodel.core.model.FrameworkKind;
import org.balimodel.core.model.Initiative;
import org.balimodel.core.model.Instrument;
import org.balimodel.core.model.InstrumentKind;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.MeetingFormat;
import org.balimodel.core.model.MeetingKind;
import org.balimodel.core.model.MeetingRelation;
import org.balimodel.core.model.Member;
import org.balimodel.core.model.MemberKind;
import org.balimodel.core.model.MemberStatus;
import org.balimodel.core.model.NameVariant;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Participant;
import org.balimodel.core.model.ParticipantRole;
import org.balimodel.core.model.Partner;
import org.balimodel.core.model.PartnerKind;
import org.balimodel.core.model.Place;
import org.balimodel.core.model.Priority;
import org.balimodel.core.model.References;
import org.balimodel.core.model.RelatedMeeting;
import org.balimodel.core.model.Section;
import org.balimodel.core.model.Source;
import org.balimodel.core.model.Standing;
import org.balimodel.core.model.Statement;
import org.balimodel.core.model.StatementKind;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generates statements through the model's builders: every record type, every optional present or
 * absent, lists empty or not, nested subsections. Two flavours: {@link #statements()} puts any
 * Unicode text anywhere (to test escaping and round trips), {@link #validStatements()} keeps
 * identifiers to their documented patterns and texts non-blank (to test the schema).
 */
public final class StatementGenerator {

  /** Where the choices come from: an int between two bounds, both included. */
  private final IntBinaryOperator choices;
  private final boolean valid;

  private StatementGenerator(IntBinaryOperator choices, boolean valid) {
    this.choices = choices;
    this.valid = valid;
  }

  private static StatementGenerator of(RandomnessSource in, boolean valid) {
    return new StatementGenerator((lo, hi) -> Generate.range(lo, hi).generate(in), valid);
  }

  /** Statements with arbitrary text. */
  public static Gen<Statement> statements() {
    return in -> of(in, false).statement();
  }

  /** Statements whose identifiers and texts respect the model's constraints. */
  public static Gen<Statement> validStatements() {
    return in -> of(in, true).statement();
  }

  /**
   * A statement with arbitrary text whose every choice {@code choices} makes, so that a fuzzer steers
   * the same generator. A source that answers its lower bound once exhausted ends every list.
   */
  static Statement statement(IntBinaryOperator choices) {
    return new StatementGenerator(choices, false).statement();
  }

  // --- primitives ---------------------------------------------------------------------------

  private int range(int lo, int hi) {
    return choices.applyAsInt(lo, hi);
  }

  private boolean chance() {
    return range(0, 1) == 1;
  }

  private <E extends Enum<E>> E pick(Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[range(0, values.length - 1)];
  }

  private <T> Optional<T> maybe(java.util.function.Supplier<T> value) {
    return chance() ? Optional.of(value.get()) : Optional.empty();
  }

  private <T> List<T> list(int max, java.util.function.Supplier<T> element) {
    int n = range(0, max);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(element.get());
    }
    return out;
  }

  private static final String[] WORDS = {
    "Bali", "Process", "meeting", "noted", "welcomed", "Co-Chairs'", "Viet Nam", "Türkiye",
    "Sri Lanka", "“quoted”", "a/b", "back\\slash", "tab\there", "line\nbreak", "é", "日本",
    "🙂", "\u0000", "\u001f", "\u2028", "~0", "\"", "  "
  };

  private String text() {
    if (valid) {
      StringBuilder out = new StringBuilder(WORDS[range(0, 14)].trim());
      int n = range(0, 4);
      for (int i = 0; i < n; i++) {
        out.append(' ').append(WORDS[range(0, WORDS.length - 1)]);
      }
      return out.toString();
    }
    int n = range(0, 5);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (chance()) {
        out.append(WORDS[range(0, WORDS.length - 1)]);
      } else {
        // Any code point but the surrogates, which no well-formed text holds alone.
        int cp = range(0, 0x10FFFF - 0x800);
        out.appendCodePoint(cp < 0xD800 ? cp : cp + 0x800);
      }
    }
    return out.toString();
  }

  private String slug() {
    if (!valid && range(0, 9) == 0) {
      return text();
    }
    StringBuilder out = new StringBuilder();
    int parts = range(1, 3);
    for (int i = 0; i < parts; i++) {
      if (i > 0) {
        out.append('-');
      }
      int n = range(1, 6);
      for (int k = 0; k < n; k++) {
        out.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(range(0, 35)));
      }
    }
    return out.toString();
  }

  private String acronym() {
    if (!valid && range(0, 9) == 0) {
      return text();
    }
    StringBuilder out = new StringBuilder();
    out.append((char) ('A' + range(0, 25)));
    int n = range(0, 4);
    for (int k = 0; k < n; k++) {
      out.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".charAt(range(0, 35)));
    }
    if (chance()) {
      out.append('-').append("TIP");
    }
    return out.toString();
  }

  private String country() {
    return "" + (char) ('A' + range(0, 25)) + (char) ('A' + range(0, 25)) + (char) ('A' + range(0, 25));
  }

  private String id() {
    return chance() ? acronym() : slug();
  }

  private int positive() {
    return valid ? range(1, 1000) : range(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  private LocalDate day() {
    return LocalDate.ofEpochDay(range((int) LocalDate.of(1000, 1, 1).toEpochDay(), (int) LocalDate.of(9999, 12, 31).toEpochDay()));
  }

  private PartialDate partialDate() {
    LocalDate d = day();
    return switch (range(0, 2)) {
      case 0 -> PartialDate.of(d.getYear());
      case 1 -> PartialDate.of(d.getYear(), d.getMonthValue());
      default -> PartialDate.of(d);
    };
  }

  // --- records ------------------------------------------------------------------------------

  Statement statement() {
    return new Statement.Builder()
        .id(slug())
        .kind(pick(StatementKind.class))
        .title(text())
        .masthead(list(3, this::text))
        .date(partialDate())
        .meeting(meeting())
        .sections(list(2, () -> section(2)))
        .entities(chance() ? Entities.none() : entities())
        .nameVariants(list(2, () -> new NameVariant(id(), text(), maybe(this::text))))
        .source(maybe(this::source))
        .build();
  }

  private Meeting meeting() {
    return new Meeting.Builder()
        .id(slug())
        .kind(pick(MeetingKind.class))
        .name(maybe(this::text))
        .convenedBy(list(2, this::acronym))
        .ordinal(maybe(this::positive))
        .date(maybe(this::partialDate))
        .endDate(maybe(this::partialDate))
        .place(maybe(() -> new Place(maybe(this::text), country())))
        .format(maybe(() -> pick(MeetingFormat.class)))
        .coChairs(list(2, this::acronym))
        .participants(list(4, () -> new Participant(acronym(), pick(ParticipantRole.class), maybe(this::text))))
        .level(maybe(() -> pick(org.balimodel.core.model.MeetingLevel.class)))
        .status(maybe(() -> pick(org.balimodel.core.model.MeetingStatus.class)))
        .attendance(maybe(() -> pick(org.balimodel.core.model.Attendance.class)))
        .hostedBy(list(1, this::acronym))
        .related(list(2, () -> new RelatedMeeting(slug(), pick(MeetingRelation.class))))
        .sources(list(2, this::source))
        .build();
  }

  private Section section(int depth) {
    return new Section.Builder()
        .heading(text())
        .paragraphs(list(2, this::paragraph))
        .subsections(depth == 0 ? List.of() : list(1, () -> section(depth - 1)))
        .build();
  }

  private Paragraph paragraph() {
    return new Paragraph.Builder().number(positive()).text(text()).decisions(list(2, this::decision)).build();
  }

  private Decision decision() {
    return new Decision.Builder()
        .actor(actor())
        .verb(pick(OperativeVerb.class))
        .clause(text())
        .refersTo(chance() ? References.none() : references())
        .commitments(list(1, this::commitment))
        .verbAsPrinted(maybe(this::text))
        .madeAt(maybe(this::slug))
        .build();
  }

  private Actor actor() {
    return switch (range(0, 3)) {
      case 0 -> Actor.group(pick(Actor.Group.class));
      case 1 -> Actor.body(acronym());
      case 2 -> Actor.partner(acronym());
      default -> Actor.member(acronym());
    };
  }

  private References references() {
    return new References(
        list(2, this::acronym), list(2, this::acronym), list(2, this::slug), list(2, this::slug),
        list(2, this::slug), list(2, this::slug), list(2, this::acronym), list(2, this::slug));
  }

  private Commitment commitment() {
    return new Commitment.Builder()
        .owners(list(2, this::acronym))
        .what(text())
        .due(maybe(this::partialDate))
        .status(pick(CommitmentStatus.class))
        .refersTo(chance() ? References.none() : references())
        .build();
  }

  private Entities entities() {
    return new Entities(
        list(1, this::member), list(1, this::body), list(1, this::meeting), list(1, this::framework),
        list(1, this::instrument), list(1, this::partner), list(1, this::initiative));
  }

  private Member member() {
    return new Member.Builder()
        .id(acronym())
        .kind(pick(MemberKind.class))
        .name(text())
        .aliases(list(2, this::text))
        .standings(list(2, () -> new Standing(pick(MemberStatus.class), maybe(this::partialDate), maybe(this::partialDate))))
        .note(maybe(this::text))
        .sources(list(1, this::source))
        .build();
  }

  private Body body() {
    return new Body.Builder()
        .id(acronym())
        .kind(pick(BodyKind.class))
        .name(text())
        .acronym(maybe(this::text))
        .parent(maybe(this::acronym))
        .established(maybe(this::partialDate))
        .coChairs(list(2, () -> new CoChairTerm(list(2, this::acronym), maybe(this::partialDate))))
        .aliases(list(1, this::text))
        .note(maybe(this::text))
        .sources(list(1, this::source))
        .build();
  }

  private Framework framework() {
    return new Framework.Builder()
        .id(slug())
        .kind(pick(FrameworkKind.class))
        .name(text())
        .owner(maybe(this::acronym))
        .adoptedAt(maybe(this::slug))
        .adopted(maybe(this::partialDate))
        .superseded(maybe(this::partialDate))
        .supersededBy(maybe(this::slug))
        .priorities(list(2, this::priority))
        .aliases(list(1, this::text))
        .note(maybe(this::text))
        .sources(list(1, this::source))
        .build();
  }

  private Priority priority() {
    return new Priority(slug(), maybe(this::positive), maybe(this::text), maybe(this::text), list(1, this::source));
  }

  private Instrument instrument() {
    return new Instrument.Builder()
        .id(slug())
        .kind(pick(InstrumentKind.class))
        .title(text())
        .issuedBy(maybe(this::acronym))
        .adoptedAt(maybe(this::slug))
        .date(maybe(this::partialDate))
        .aliases(list(1, this::text))
        .note(maybe(this::text))
        .sources(list(1, this::source))
        .build();
  }

  private Partner partner() {
    return new Partner.Builder()
        .id(acronym())
        .kind(pick(PartnerKind.class))
        .name(text())
        .acronym(maybe(this::text))
        .aliases(list(1, this::text))
        .note(maybe(this::text))
        .sources(list(1, this::source))
        .build();
  }

  private Initiative initiative() {
    return new Initiative.Builder()
        .id(slug())
        .name(text())
        .leads(list(2, this::acronym))
        .date(maybe(this::partialDate))
        .status(maybe(() -> pick(CommitmentStatus.class)))
        .note(maybe(this::text))
        .build();
  }

  private Source source() {
    return new Source(text(), maybe(this::text), maybe(this::partialDate), maybe(this::day));
  }

}
