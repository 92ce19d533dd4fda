package org.balimodel.examples.summary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.balimodel.core.model.Body;
import org.balimodel.core.model.Commitment;
import org.balimodel.core.model.Decision;
import org.balimodel.core.model.Force;
import org.balimodel.core.model.Framework;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.Member;
import org.balimodel.core.model.MemberKind;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.model.Attendance;
import org.balimodel.core.model.Participant;
import org.balimodel.core.model.Signatory;
import org.balimodel.core.model.ParticipantRole;
import org.balimodel.core.model.Place;
import org.balimodel.core.model.Priority;
import org.balimodel.core.model.References;
import org.balimodel.core.model.Statement;
import org.balimodel.core.register.Register;
import org.balimodel.core.validation.Issue;
import org.balimodel.core.validation.Report;
import org.balimodel.core.validation.Severity;

/**
 * A one-page summary of a statement for a person at a terminal: the meeting, who chaired and who
 * attended, what was decided (by force and operative verb), what was committed to, which priorities
 * were invoked, and whether the statement is valid.
 *
 * <p>Names come from the register and from the statement's own entities; where neither knows an
 * identifier, the summary prints the identifier itself (and, for a state, the name the JDK gives
 * its ISO 3166-1 alpha-3 code), so that a statement that refers to something new can still be
 * summarised. Every line fits in 80 columns.
 */
public final class Summary {

  /** The width every line of the summary fits in. */
  public static final int WIDTH = 80;

  private static final Map<String, String> ISO_NAMES = isoNames();

  private final Statement statement;
  private final Register register;
  private final Report report;
  private final List<String> lines = new ArrayList<>();

  private Summary(Statement statement, Register register, Report report) {
    this.statement = statement;
    this.register = register;
    this.report = report;
  }

  /**
   * The summary of {@code statement}, named through {@code register}, with the validation result
   * {@code report}; lines end with {@code \n}.
   */
  public static String of(Statement statement, Register register, Report report) {
    return new Summary(statement, register, report).write();
  }

  private String write() {
    Meeting meeting = statement.meeting();
    wrap("", "", statement.title() + ", " + statement.date());
    wrap("", "", statement.id());
    // Only what differs from the usual co-chairs' statement of the whole text is said.
    statement.issuedBy().ifPresent(issuer -> wrap("", "", "Issued by " + words(issuer.kind().name())
        + (issuer.signatories().isEmpty() ? "" : ": " + String.join(", ", issuer.signatories().stream().map(Signatory::name).toList()))
        + issuer.issued().map(d -> ", " + d).orElse("")));
    statement.excerpt().ifPresent(excerpt -> wrap("", "", "Excerpt: the known text stops after " + excerpt.stopsAfter()));
    meeting(meeting);
    participants(meeting);
    decisions();
    commitments();
    priorities();
    validation();
    return String.join("\n", lines) + "\n";
  }

  private void meeting(Meeting meeting) {
    heading("Meeting");
    StringBuilder kind = new StringBuilder(words(meeting.kind().name()));
    meeting.ordinal().ifPresent(n -> kind.append(", the ").append(ordinal(n)));
    if (!meeting.convenedBy().isEmpty()) {
      kind.append(meeting.ordinal().isPresent() ? " of " : ", convened by ")
          .append(String.join(" and ", meeting.convenedBy().stream().map(this::bodyName).toList()));
    }
    field("Kind", kind.toString());
    meeting.name().ifPresent(name -> field("Name", name));
    field("Id", meeting.id());
    String until = meeting.endDate().map(end -> " to " + end).orElse("");
    field("Date", meeting.date().map(date -> date + until).orElse("not given"));
    field("Place", meeting.place().map(this::place).orElse("not given"));
    field("Format", meeting.format().map(f -> words(f.name())).orElse("not given"));
    meeting.level().ifPresent(level -> field("Level", words(level.name())));
    meeting.status().ifPresent(status -> field("Status", words(status.name())));
    field(
        "Co-chairs",
        meeting.coChairs().isEmpty()
            ? "none given"
            : String.join(", ", meeting.coChairs().stream().map(this::memberName).toList()));
  }

  private void participants(Meeting meeting) {
    heading("Participants (" + meeting.participants().size() + ")");
    List<String> states = new ArrayList<>();
    List<String> organisations = new ArrayList<>();
    for (Participant participant : meeting.participants()) {
      String id = participant.member();
      // Members are the rule; an observer or guest says so.
      String role =
          participant.role() == ParticipantRole.MEMBER ? "" : ", " + words(participant.role().name());
      String label = memberName(id) + role + participant.capacity().map(c -> ", " + c).orElse("");
      (isState(id) ? states : organisations).add(label);
    }
    group("States and territories", states);
    group("Organisations", organisations);
    if (meeting.attendanceKnown() != Attendance.COMPLETE && !meeting.participants().isEmpty()) {
      wrap("  ", "  ", "The list is " + words(meeting.attendanceKnown().name()) + ".");
    }
  }

  private void group(String title, List<String> names) {
    if (names.isEmpty()) {
      return;
    }
    wrap("  ", "  ", title + " (" + names.size() + "):");
    wrapItems("    ", names);
  }

  private void decisions() {
    List<Decision> decisions = statement.decisions();
    heading("Decisions (" + decisions.size() + ")");
    Map<Force, Map<OperativeVerb, Integer>> byForce = new EnumMap<>(Force.class);
    for (Decision decision : decisions) {
      byForce
          .computeIfAbsent(decision.force(), f -> new EnumMap<>(OperativeVerb.class))
          .merge(decision.verb(), 1, Integer::sum);
    }
    byForce.forEach(
        (force, verbs) -> {
          int total = verbs.values().stream().mapToInt(Integer::intValue).sum();
          lines.add(String.format(Locale.ROOT, "  %-40s %4d", words(force.name()), total));
          verbs.forEach(
              (verb, count) ->
                  lines.add(String.format(Locale.ROOT, "    %-38s %4d", verb.phrase(), count)));
        });
  }

  private void commitments() {
    List<Commitment> commitments =
        statement.decisions().stream().flatMap(d -> d.commitments().stream()).toList();
    heading("Commitments (" + commitments.size() + ")");
    for (Commitment commitment : commitments) {
      String owners =
          commitment.owners().isEmpty() ? "no owner" : String.join(" + ", commitment.owners());
      String due = commitment.due().map(d -> "due " + d).orElse("no date");
      wrap("  ", "  ", owners + " (" + words(commitment.status().name()) + ", " + due + ")");
      wrap("    ", "    ", commitment.what());
    }
  }

  private void priorities() {
    Set<String> referenced = new LinkedHashSet<>();
    statement.decisions().stream()
        .flatMap(
            d -> Stream.concat(Stream.of(d.refersTo()), d.commitments().stream().map(Commitment::refersTo)))
        .map(References::priorities)
        .forEach(referenced::addAll);
    heading("Priorities referenced (" + referenced.size() + ")");
    Map<String, List<String>> byFramework = new LinkedHashMap<>();
    for (String id : sortedByNumber(referenced)) {
      Optional<Framework> framework = frameworkOf(id);
      String group =
          framework.map(f -> f.name() + " (" + f.id() + ")").orElse("Not in the register");
      Optional<Priority> priority = priority(id);
      String label =
          priority
              .map(p -> {
                    String number = p.number().map(n -> "Priority " + n).orElse("");
                    String title = p.title().orElse("");
                    String both =
                        number.isEmpty() || title.isEmpty() ? number + title : number + ": " + title;
                    return (both.isEmpty() ? id : both) + " (" + id + ")";
                  })
              .orElse(id);
      byFramework.computeIfAbsent(group, g -> new ArrayList<>()).add(label);
    }
    byFramework.forEach(
        (framework, priorities) -> {
          wrap("  ", "  ", framework);
          priorities.forEach(p -> wrap("    ", "      ", p));
        });
  }

  private void validation() {
    heading("Validation");
    long errors = report.errors().size();
    long warnings = report.warnings().size();
    long notes = report.issues(Severity.INFO).size();
    wrap(
        "  ",
        "  ",
        (report.isValid() ? "Valid" : "NOT VALID") + ": " + count(errors, "error") + ", "
            + count(warnings, "warning") + ", " + count(notes, "note")
            + " (register as of " + register.asOf() + ").");
    for (Issue issue : report.issues()) {
      wrap(
          "  ",
          "      ",
          issue.severity() + " " + issue.code() + " " + (issue.pointer().isEmpty() ? "/" : issue.pointer())
              + issue.location().map(l -> " (" + l + ")").orElse("")
              + ": " + issue.message());
    }
  }

  // --- names --------------------------------------------------------------------------------

  /** The member from the register, or else from the statement's own entities. */
  private Optional<Member> member(String id) {
    return register
        .member(id)
        .or(() -> statement.entities().members().stream().filter(m -> m.id().equals(id)).findFirst());
  }

  private String memberName(String id) {
    String name = member(id).map(Member::name).orElseGet(() -> ISO_NAMES.get(id));
    return name == null || name.equals(id) ? id : name + " (" + id + ")";
  }

  /** A state by the register's word, or else by having an ISO 3166-1 alpha-3 code for an id. */
  private boolean isState(String id) {
    return member(id)
        .map(m -> m.kind() == MemberKind.STATE_OR_TERRITORY)
        .orElseGet(() -> ISO_NAMES.containsKey(id));
  }

  private String bodyName(String id) {
    Optional<Body> body =
        register
            .body(id)
            .or(() -> statement.entities().bodies().stream().filter(b -> b.id().equals(id)).findFirst());
    return body.map(b -> "the " + b.name() + " (" + id + ")").orElse(id);
  }

  private Optional<Framework> frameworkOf(String priorityId) {
    return register
        .frameworkOf(priorityId)
        .or(() -> statement.entities().frameworks().stream()
            .filter(f -> f.priority(priorityId).isPresent())
            .findFirst());
  }

  private Optional<Priority> priority(String id) {
    return register.priority(id).or(() -> frameworkOf(id).flatMap(f -> f.priority(id)));
  }

  private List<String> sortedByNumber(Set<String> ids) {
    List<String> sorted = new ArrayList<>(ids);
    // Framework order first (as referenced), then by the priority's number, so "Two, Six, Three,
    // Seven" in the text reads 2, 3, 6, 7 here.
    Map<String, Integer> frameworkRank = new HashMap<>();
    for (String id : ids) {
      String framework = frameworkOf(id).map(Framework::id).orElse("");
      frameworkRank.putIfAbsent(framework, frameworkRank.size());
    }
    sorted.sort(
        (a, b) -> {
          int fa = frameworkRank.get(frameworkOf(a).map(Framework::id).orElse(""));
          int fb = frameworkRank.get(frameworkOf(b).map(Framework::id).orElse(""));
          if (fa != fb) {
            return Integer.compare(fa, fb);
          }
          int na = priority(a).flatMap(Priority::number).orElse(Integer.MAX_VALUE);
          int nb = priority(b).flatMap(Priority::number).orElse(Integer.MAX_VALUE);
          return na != nb ? Integer.compare(na, nb) : 0;
        });
    return sorted;
  }

  private String place(Place place) {
    String country = memberNameOrCountry(place.country());
    return place.city().map(city -> city + ", " + country).orElse(country);
  }

  private String memberNameOrCountry(String code) {
    String name = register.member(code).map(Member::name).orElseGet(() -> ISO_NAMES.get(code));
    return name == null ? code : name + " (" + code + ")";
  }

  // --- layout -------------------------------------------------------------------------------

  private void heading(String title) {
    lines.add("");
    lines.add(title.toUpperCase(Locale.ROOT));
  }

  private void field(String name, String value) {
    String label = String.format(Locale.ROOT, "  %-11s", name);
    wrap(label, " ".repeat(label.length()), value);
  }

  /** Adds {@code items} separated by commas, breaking lines between items, never inside one. */
  private void wrapItems(String indent, List<String> items) {
    StringBuilder line = new StringBuilder(indent);
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i) + (i < items.size() - 1 ? "," : "");
      boolean empty = line.length() == indent.length();
      if (!empty && line.length() + 1 + item.length() > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(indent);
        empty = true;
      }
      if (empty && indent.length() + item.length() > WIDTH) {
        wrap(indent, indent + "  ", item);
        continue;
      }
      line.append(empty ? "" : " ").append(item);
    }
    if (line.length() > indent.length()) {
      lines.add(line.toString());
    }
  }

  /** Adds {@code text} in lines of at most {@link #WIDTH} columns, words whole where they fit. */
  private void wrap(String firstIndent, String indent, String text) {
    String prefix = firstIndent;
    StringBuilder line = new StringBuilder(prefix);
    boolean empty = true;
    for (String word : text.split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(indent);
        empty = true;
      }
      // A word longer than a whole line (a long pointer, say) is cut rather than overflowing.
      while (line.length() + (empty ? 0 : 1) + word.length() > WIDTH) {
        int room = WIDTH - line.length() - (empty ? 0 : 1);
        if (room <= 0) {
          lines.add(line.toString());
          line = new StringBuilder(indent);
          empty = true;
          continue;
        }
        line.append(empty ? "" : " ").append(word, 0, room);
        lines.add(line.toString());
        word = word.substring(room);
        line = new StringBuilder(indent);
        empty = true;
      }
      line.append(empty ? "" : " ").append(word);
      empty = false;
    }
    lines.add(line.toString().stripTrailing());
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** {@code SENIOR_OFFICIALS_MEETING} as "senior officials meeting". */
  private static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
  static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix =
        lastTwo >= 11 && lastTwo <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }

  /** English names of the ISO 3166-1 countries, by alpha-3 code, as the JDK knows them. */
  private static Map<String, String> isoNames() {
    Map<String, String> names = new HashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      Locale country = new Locale("", alpha2);
      names.put(country.getISO3Country(), country.getDisplayCountry(Locale.ENGLISH));
    }
    return Map.copyOf(names);
  }
}
