package org.balimodel.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balimodel.core.model.Body;
import org.balimodel.core.model.CommitmentStatus;
import org.balimodel.core.model.Framework;
import org.balimodel.core.model.InstrumentKind;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.MeetingKind;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Priority;
import org.balimodel.core.register.EntityKind;
import org.balimodel.core.register.Register;

/**
 * Finds every entity a clause names and links it: register entities by name, acronym and alias;
 * meetings by ordinal, year or description; priorities by number ("Priorities Two, Six, Three and
 * Seven"); reports and work plans by who issued them; initiatives by name and year; and "its" or
 * "the Working Group" as the body the section is about.
 */
final class Mentions {
  private static final String NUMBER =
      "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|I|II|III|IV|V|VI|VII|VIII|IX|X)";
  private static final Pattern PRIORITIES = Pattern.compile(
      "\\b(?:Key\\s+)?(?:Priorit(?:y|ies)|Areas?(?:\\s+of\\s+Focus)?|Pillars?)\\s+" + NUMBER + "\\b(?![-'’])",
      Pattern.CASE_INSENSITIVE);
  /** One more number of a list of priorities: ", Six", " and Seven", ", and 8". Read one at a time, so a list of any length costs no stack. */
  private static final Pattern NEXT_NUMBER = Pattern.compile(
      "\\G\\s*(?:,\\s*and|,|and|&)\\s*" + NUMBER + "\\b(?![-'’])", Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("i", 1), Map.entry("ii", 2), Map.entry("iii", 3),
      Map.entry("iv", 4), Map.entry("v", 5), Map.entry("vi", 6), Map.entry("vii", 7), Map.entry("viii", 8),
      Map.entry("ix", 9), Map.entry("x", 10));
  /** "the report from the WG-TIP", "the WG-TIP's forward work plan", "its report", "the proposed forward workplan". */
  private static final Pattern DOCUMENT = Pattern.compile(
      "\\b(?:the|its|their|a)\\s+((?:[A-Z][\\w-]*(?:['’]s?)?\\s+)?)(?:(?:annual|final|proposed|latest|draft|updated)\\s+)?"
          + "(report|forward\\s+work\\s*plan|forward\\s+workplan|work\\s*plan|workplan|action\\s+plan|policy\\s+guide|"
          + "(?:\\w+\\s+){0,2}checklist|toolkit|handbook|guidelines)s?\\b",
      Pattern.CASE_INSENSITIVE);
  /** Named documents: "the Bali Process Policy Guide on Returns and Reintegration", "the Smuggling of Migrants Protocol". */
  private static final Pattern NAMED_DOCUMENT = Pattern.compile(
      "((?:[A-Z][\\w'’-]*\\s+(?:(?:[A-Z][\\w'’-]*|of|the|on|against|for|and)\\s+){0,7}?)?(?:Policy\\s+Guide|Guidelines|Handbook|Toolkit|Checklist|Protocol|Convention|Declaration|Plan\\s+of\\s+Action|Operational\\s+Framework))"
          + "((?:\\s+(?:on|against|for|of|to)(?:\\s+(?:the|and|of|in|by|[A-Z][\\w'’-]*))+)?)");
  private static final Pattern INITIATIVE = Pattern.compile(
      "((?:[A-Z][\\w-]*\\s+){0,4}(?:Periods?\\s+of\\s+Action|Campaigns?|Programmes?|Programs?|Projects?|Initiatives?|Operations?))"
          + "\\s+in\\s+((?:19|20)\\d{2}(?:\\s*(?:,|and|&)\\s*(?:19|20)\\d{2})*)");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
  /**
   * The forum itself as what an act is about: its anniversary, its role ("the Bali Process as the
   * premier regional forum"), cooperation through it. Elsewhere "Bali Process" only qualifies a name
   * ("Bali Process members", "the Bali Process Policy Guide") or is the setting of every statement.
   */
  private static final Pattern FORUM = Pattern.compile(
      "(?:\\banniversary\\s+of\\s+the\\s+|\\bthrough\\s+the\\s+|\\bbetween\\s+the\\s+|\\b(?:members?|membership|observers?)\\s+of\\s+the\\s+)"
          + "(Bali\\s+Process)\\b(?!\\s+[A-Z])|\\bthe\\s+(Bali\\s+Process)\\s+as\\b");
  private static final Pattern ANAPHOR = Pattern.compile("\\b(?:its|the (?:Working Group|Group|Task Force|Forum|Office|Expert Group|Experts Group|Mechanism))\\b");

  private final Register register;
  private final Names names;
  private final MeetingMentions meetings;
  private final Places places;

  Mentions(Register register, Names names, Places places) {
    this.register = register;
    this.names = names;
    this.meetings = new MeetingMentions(register, names);
    this.places = places;
  }

  Names names() {
    return names;
  }

  /** The finder of meetings the clauses name, which the masthead is read with too. */
  MeetingMentions meetings() {
    return meetings;
  }

  private MeetingKind ownKind;
  private Set<String> ownConvenors = Set.of();
  private Integer ownOrdinal;
  private PartialDate ownDate;
  private String ownId;

  /** The statement's own meeting, so that "we convened the first meeting of …" names it rather than another. */
  void own(MeetingKind kind, Set<String> convenors, Integer ordinal, PartialDate date, String id) {
    ownKind = kind;
    ownConvenors = Set.copyOf(convenors);
    ownOrdinal = ordinal;
    ownDate = date;
    ownId = id;
  }

  private boolean isOwn(MeetingMentions.Found meeting) {
    return ownId != null && meeting.kind() == ownKind && meeting.convenedBy().equals(ownConvenors)
        && (meeting.ordinal() != null && meeting.ordinal().equals(ownOrdinal)
            || meeting.ordinal() == null && meeting.date() != null && meeting.date().equals(ownDate));
  }

  /** Every entity the clause names, in reading order; local entities are made in {@code locals}. */
  List<Mention> find(String clause, MeetingMentions.Context context, Locals locals, Review review) {
    Words words = new Words(clause);
    List<Names.Found> named = names.find(words);
    List<Mention> found = new ArrayList<>();
    for (Names.Found name : named) {
      Names.Name entity = name.name();
      int start = words.starts[name.from()];
      int end = words.ends[name.to() - 1];
      String id = entity.id();
      if (entity.kind() == EntityKind.BODY && register.body(id).flatMap(b -> b.established()).map(e -> e.isAfter(context.statementDate())).orElse(false)
          || entity.kind() == EntityKind.FRAMEWORK && register.framework(id).flatMap(f -> f.adopted()).map(a -> a.isAfter(context.statementDate())).orElse(false)) {
        // "agreed to establish a Government and Business Forum" (2016): the body named does not exist yet.
        continue;
      }
      if (entity.kind() == EntityKind.PARTNER) {
        String acronym = entity.id().matches("[A-Z]+") ? entity.id() : null;
        id = locals.partner(entity.id(), entity.partnerKind(), entity.official(), Optional.ofNullable(acronym));
      }
      found.add(new Mention(entity.kind(), id, start, end));
    }
    for (MeetingMentions.Found meeting : meetings.find(clause, words, named, places, context)) {
      Optional<Meeting> known = meetings.inRegister(meeting, context.statementDate());
      String id;
      if (isOwn(meeting)) {
        id = ownId;
      } else if (known.isPresent()) {
        id = known.get().id();
      } else {
        Locals.LocalMeeting local = locals.meeting(meeting.kind(), meeting.convenedBy(), meeting.ordinal(), meeting.date(), meeting.name());
        if (local.place == null) {
          local.place = meeting.place();
        }
        if (local.format == null) {
          local.format = meeting.format();
        }
        if (local.endDate == null && meeting.endDate() != null) {
          local.endDate = meeting.endDate();
        }
        id = local.id;
        review.localMeeting(local, meeting.start(), meeting.plural());
      }
      found.add(new Mention(EntityKind.MEETING, id, meeting.start(), meeting.end()));
    }
    priorities(clause, found, context, review);
    documents(clause, words, named, found, context, locals);
    initiatives(clause, found, context, locals);
    Matcher forum = FORUM.matcher(clause.contains("Bali Process") ? clause : "");
    while (forum.find()) {
      int group = forum.group(1) != null ? 1 : 2;
      found.add(new Mention(EntityKind.BODY, Names.FORUM, forum.start(group), forum.end(group)));
    }
    Matcher anaphor = ANAPHOR.matcher(clause);
    while (anaphor.find()) {
      // "the intention of the Office", "the Working Group": the body of that kind named last in the
      // clause, else the section's body; "its" the section's body, when no body acts.
      String noun = anaphor.group().toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
      int at = anaphor.start();
      Optional<String> body = noun.equals("its") ? Optional.empty() : found.stream()
          .filter(f -> f.kind() == EntityKind.BODY && f.end() <= at)
          .filter(f -> register.body(f.id()).map(b -> b.name().toLowerCase(Locale.ROOT).contains(noun)).orElse(false))
          .reduce((a, b) -> b).map(Mention::id);
      if (body.isEmpty() && context.actorBody().isEmpty()) {
        body = context.sectionBody();
      }
      if (body.isPresent()) {
        found.add(new Mention(EntityKind.BODY, body.get(), anaphor.start(), anaphor.end()));
        if (noun.equals("its")) {
          break;
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  private void priorities(String clause, List<Mention> found, MeetingMentions.Context context, Review review) {
    String lower = clause.toLowerCase(Locale.ROOT);
    if (!lower.contains("priorit") && !lower.contains("area") && !lower.contains("pillar")) {
      return;
    }
    Matcher m = PRIORITIES.matcher(clause);
    while (m.find()) {
      Optional<Framework> framework = framework(found, m.start(), context.statementDate());
      if (framework.isEmpty()) {
        continue;
      }
      boolean named = found.stream().anyMatch(f -> f.kind() == EntityKind.FRAMEWORK && f.start() < m.start());
      List<Integer> numbers = new ArrayList<>();
      numbers.add(number(m.group(1)));
      Matcher more = NEXT_NUMBER.matcher(clause);
      int end = m.end();
      more.region(end, clause.length());
      while (more.find()) {
        numbers.add(number(more.group(1)));
        end = more.end();
      }
      int listEnd = end;
      for (Integer number : numbers) {
        Optional<Priority> priority = framework.get().priorities().stream()
            .filter(p -> p.number().isPresent() && p.number().get().equals(number)).findFirst();
        if (priority.isPresent()) {
          found.add(new Mention(EntityKind.PRIORITY, priority.get().id(), m.start(), listEnd));
          if (!named) {
            review.frameworkGuessed(framework.get(), m.start(), m.group());
            named = true;
          }
        }
      }
    }
  }

  /** The framework a priority belongs to: the last one named before it, else the one in force. */
  private Optional<Framework> framework(List<Mention> found, int before, PartialDate date) {
    for (int i = found.size() - 1; i >= 0; i--) {
      Mention mention = found.get(i);
      if (mention.kind() == EntityKind.FRAMEWORK && mention.start() < before) {
        Optional<Framework> framework = register.framework(mention.id());
        if (framework.isPresent() && !framework.get().priorities().isEmpty()) {
          return framework;
        }
      }
    }
    return register.frameworks().stream()
        .filter(f -> !f.priorities().isEmpty() && f.owner().isEmpty())
        .filter(f -> f.adopted().map(a -> !a.isAfter(date)).orElse(true))
        .filter(f -> f.superseded().map(s -> s.isAfter(date)).orElse(true))
        .findFirst();
  }

  private static int number(String word) {
    Integer value = NUMBERS.get(word.toLowerCase(Locale.ROOT));
    return value != null ? value : Integer.parseInt(word);
  }

  private void documents(String clause, Words words, List<Names.Found> named, List<Mention> found,
      MeetingMentions.Context context, Locals locals) {
    String lower = clause.toLowerCase(Locale.ROOT);
    boolean documents = lower.contains("report") || lower.contains("plan") || lower.contains("checklist")
        || lower.contains("toolkit") || lower.contains("handbook") || lower.contains("guide");
    Matcher m = DOCUMENT.matcher(documents ? clause : "");
    while (m.find()) {
      int docStart = m.start();
      int docEnd = m.end();
      if (found.stream().anyMatch(f -> (f.kind() == EntityKind.FRAMEWORK || f.kind() == EntityKind.INSTRUMENT)
          && f.start() < docEnd && docStart < f.end())) {
        continue;
      }
      String what = m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      InstrumentKind kind = what.equals("report") ? InstrumentKind.REPORT
          : what.contains("plan") ? InstrumentKind.WORK_PLAN
          : what.equals("policy guide") || what.equals("guidelines") || what.equals("handbook") ? InstrumentKind.POLICY_GUIDE
          : InstrumentKind.OTHER;
      Optional<String> issuer = Optional.empty();
      String owner = m.group(1).strip();
      if (!owner.isEmpty()) {
        Words ownerWords = new Words(owner);
        Names.Found name = ownerWords.count == 0 ? null : names.longestAt(ownerWords, 0);
        if (name != null && name.name().kind() == EntityKind.BODY) {
          issuer = Optional.of(name.name().id());
        } else if (!owner.equalsIgnoreCase("annual") && Character.isUpperCase(owner.charAt(0))) {
          continue;
        }
      }
      // "the report from the 17th … Steering Group Meeting", "the report from the annual meeting of the TEG-RR":
      // the report of a meeting, issued by its convenor.
      int after = m.end();
      Optional<Mention> meeting = found.stream().filter(f -> f.kind() == EntityKind.MEETING && f.start() >= after
          && clause.substring(after, f.start()).matches("\\s+(?:from|of)\\s+(?:the\\s+)?")).findFirst();
      if (meeting.isPresent() && kind == InstrumentKind.REPORT) {
        Mention held = meeting.get();
        Optional<String> convenor = locals.convenorOf(held.id()).or(() -> register.meeting(held.id()).flatMap(x -> x.convenedBy().stream().findFirst()));
        String meetingName = clause.substring(held.start(), held.end()).replaceAll("\\s*\\([A-Z][A-Z-]*\\)$", "");
        String id = locals.instrument(kind, "Report of the " + meetingName, convenor, Optional.of(held.id()));
        found.add(new Mention(EntityKind.INSTRUMENT, id, m.start(), m.end()));
        continue;
      }
      if (issuer.isEmpty()) {
        // "the report from the Working Group …", "the report of the annual meeting of the TEG-RR",
        // "the outline provided by the RSO on the proposed forward workplan".
        issuer = bodyNear(found, m.end(), 120, clause);
      }
      if (issuer.isEmpty() && m.group().toLowerCase(Locale.ROOT).startsWith("its")) {
        issuer = context.actorBody().or(context::sectionBody);
      }
      if (issuer.isEmpty()) {
        issuer = bodyBefore(found, m.start());
      }
      if (issuer.isEmpty()) {
        // "in the delivery of the proposed forward workplan", said by or of the body acting or the section's body.
        issuer = context.actorBody().or(context::sectionBody);
      }
      if (issuer.isEmpty()) {
        continue;
      }
      String body = register.body(issuer.get()).map(Body::name).orElse(issuer.get());
      String title = switch (kind) {
        case REPORT -> "Report of the " + body;
        case WORK_PLAN -> (what.startsWith("forward") ? "Forward work plan of the " : "Work plan of the ") + body;
        default -> Character.toUpperCase(what.charAt(0)) + what.substring(1) + " of the " + body;
      };
      String id = locals.instrument(kind, title, issuer, Optional.empty());
      found.add(new Mention(EntityKind.INSTRUMENT, id, m.start(), m.end()));
    }
    boolean titled = clause.contains("Guide") || clause.contains("Handbook") || clause.contains("Toolkit")
        || clause.contains("Checklist") || clause.contains("Protocol") || clause.contains("Convention")
        || clause.contains("Declaration") || clause.contains("Plan of Action") || clause.contains("Framework");
    Matcher n = NAMED_DOCUMENT.matcher(titled ? clause : "");
    while (n.find()) {
      int start = n.start();
      int end = n.end();
      String title = clause.substring(start, end).replaceAll("\\s+(?:the|and|of|in|by|on|for|to)$", "").strip();
      if (title.split("\\s+").length < 2 || overlaps(found, start, start + title.length())) {
        continue;
      }
      String key = title.toLowerCase(Locale.ROOT);
      InstrumentKind kind = key.contains("protocol") || key.contains("convention") ? InstrumentKind.TREATY
          : key.contains("declaration") ? InstrumentKind.DECLARATION
          : key.contains("plan of action") ? InstrumentKind.WORK_PLAN
          : key.contains("framework") || key.contains("checklist") ? InstrumentKind.OTHER : InstrumentKind.POLICY_GUIDE;
      String id = locals.instrument(kind, title, Optional.empty(), Optional.empty());
      found.add(new Mention(EntityKind.INSTRUMENT, id, start, start + title.length()));
    }
  }

  private void initiatives(String clause, List<Mention> found, MeetingMentions.Context context, Locals locals) {
    Matcher m = INITIATIVE.matcher(clause.contains(" in 19") || clause.contains(" in 20") ? clause : "");
    while (m.find()) {
      String name = m.group(1).strip().replaceAll("^(?:The|Another|another|the)\\s+", "");
      String singular = name.replaceAll("(?i)\\bPeriods\\b", "Period").replaceAll("(?i)(Campaign|Programme|Program|Project|Initiative|Operation)s\\b", "$1");
      List<String> leads = new ArrayList<>();
      bodyBefore(found, m.start()).or(context::sectionBody).ifPresent(leads::add);
      Matcher years = YEAR.matcher(m.group(2));
      while (years.find()) {
        PartialDate year = PartialDate.of(Integer.parseInt(years.group()));
        CommitmentStatus status = year.isBefore(context.statementDate()) ? CommitmentStatus.COMPLETED : CommitmentStatus.INTENDED;
        String id = locals.initiative(singular, leads, year, status);
        found.add(new Mention(EntityKind.INITIATIVE, id, m.start(), m.end()));
      }
    }
  }

  /** Whether a span overlaps a document, framework or meeting already found; names of members and partners may stand inside a title. */
  private static boolean overlaps(List<Mention> found, int start, int end) {
    return found.stream().anyMatch(f -> f.start() < end && start < f.end()
        && (f.kind() == EntityKind.INSTRUMENT || f.kind() == EntityKind.FRAMEWORK || f.kind() == EntityKind.MEETING));
  }

  private static Optional<String> bodyNear(List<Mention> found, int from, int within, String clause) {
    for (Mention mention : found) {
      if (mention.kind() == EntityKind.BODY && mention.start() >= from && mention.start() <= from + within) {
        String between = clause.substring(from, mention.start());
        if (between.matches("(?s)\\s*(?:from|of|by|provided by|presented by|submitted by)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,10}?")
            || between.matches("(?s)\\s*(?:from|of)\\s+the\\s+(?:annual\\s+)?meeting\\s+of\\s+the\\s+")
            || between.matches("(?s)\\s*provided\\s+by\\s+the\\s+")) {
          return Optional.of(mention.id());
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> bodyBefore(List<Mention> found, int before) {
    String last = null;
    for (Mention mention : found) {
      if (mention.kind() == EntityKind.BODY && mention.end() <= before) {
        last = mention.id();
      }
    }
    return Optional.ofNullable(last);
  }
}
