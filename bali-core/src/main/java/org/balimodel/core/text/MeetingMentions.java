package org.balimodel.core.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balimodel.core.model.Body;
import org.balimodel.core.model.BodyKind;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.MeetingFormat;
import org.balimodel.core.model.MeetingKind;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Place;
import org.balimodel.core.register.EntityKind;
import org.balimodel.core.register.Register;

/**
 * Finds the meetings a span of text names: by ordinal and series ("the 8th Bali Process
 * Ministerial Conference", "the 17th Bali Process Senior Officials Steering Group Meeting"), by year
 * ("the 2018 Ministerial Conference"), or by a meeting word with what qualifies it ("the Annual
 * Meeting of the WG-D held in Bangkok in October 2022", "its Regional Webinar on …", "the
 * table-top exercise conducted jointly by the WG-D and TFPP").
 *
 * <p>A meeting the register holds is linked to it; any other becomes a meeting of the draft, with
 * its kind, convening bodies, date and place as the words around it give them.
 */
final class MeetingMentions {
  /** Words that name a kind of meeting, with the kind; the first that appears decides. */
  private static final Object[][] KEYWORDS = {
    {"webinar", MeetingKind.WEBINAR}, {"webinars", MeetingKind.WEBINAR},
    {"workshop", MeetingKind.WORKSHOP}, {"workshops", MeetingKind.WORKSHOP},
    {"dialogue", MeetingKind.DIALOGUE}, {"forum", MeetingKind.FORUM},
    {"exercise", MeetingKind.TABLE_TOP_EXERCISE}, {"exercises", MeetingKind.TABLE_TOP_EXERCISE},
    {"gathering", MeetingKind.POLICY_EXPERTS_GATHERING}, {"gatherings", MeetingKind.POLICY_EXPERTS_GATHERING},
    {"session", MeetingKind.CONSULTATION_SESSION}, {"sessions", MeetingKind.CONSULTATION_SESSION},
    {"conference", MeetingKind.SPECIAL_CONFERENCE}, {"meeting", null}, {"meetings", null},
    {"roundtable", MeetingKind.DIALOGUE}, {"summit", MeetingKind.EXTERNAL_MEETING},
  };

  private static final Set<String> CONNECTORS = Set.of("of", "the", "on", "and", "for", "in", "&", "to");
  private static final Set<String> QUALIFIERS = Set.of("annual", "joint", "regional", "virtual", "table-top", "tabletop", "ministerial",
      "special", "technical", "senior", "officials", "officials'", "inaugural", "table", "top", "first", "second", "third", "next", "last", "previous");
  private static final Pattern ORDINAL = Pattern.compile("(?i)^" + Ordinals.PATTERN + "$");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

  private final Register register;
  private final Names names;

  MeetingMentions(Register register, Names names) {
    this.register = register;
    this.names = names;
  }

  /** What the reader knows around a span: the body its section is about, and the document's date. */
  record Context(Optional<String> sectionBody, Optional<String> actorBody, PartialDate statementDate) {}

  /** A meeting named in a span. */
  record Found(int start, int end, MeetingKind kind, Set<String> convenedBy, Integer ordinal, Integer year,
      PartialDate date, PartialDate endDate, Place place, MeetingFormat format, String name,
      boolean plural, boolean next) {}

  /** The meetings named in the span, in reading order. */
  List<Found> find(String text, Words words, List<Names.Found> named, Places places, Context context) {
    Names.Found[] byWord = byWord(words, named);
    List<Found> found = new ArrayList<>();
    int lastEnd = -1;
    for (int w = 0; w < words.count; w++) {
      String word = words.word(w).toLowerCase(Locale.ROOT);
      MeetingKind kind = null;
      boolean keyword = false;
      for (Object[] entry : KEYWORDS) {
        if (entry[0].equals(word)) {
          keyword = true;
          kind = (MeetingKind) entry[1];
          break;
        }
      }
      if (!keyword || w <= lastEnd) {
        continue;
      }
      Names.Found inside = covering(byWord, w);
      if (inside != null && !isConference(inside, words, w)) {
        // "Government and Business Forum" is a body, not a forum held.
        continue;
      }
      int start = w;
      while (start > 0) {
        String before = words.word(start - 1);
        String lower = before.toLowerCase(Locale.ROOT);
        boolean name = covering(byWord, start - 1) != null;
        if (name || words.capitalised(start - 1) && !lower.equals("the") && start - 1 > 0 || QUALIFIERS.contains(lower)
            || ORDINAL.matcher(before).matches() || YEAR.matcher(before).matches()
            || CONNECTORS.contains(lower) && start - 2 >= 0 && (words.capitalised(start - 2) || covering(byWord, start - 2) != null)
                && !lower.equals("the") && !lower.equals("to")) {
          start--;
        } else {
          break;
        }
      }
      while (start < w && CONNECTORS.contains(words.word(start).toLowerCase(Locale.ROOT))) {
        start++;
      }
      int end = w + 1;
      // "… of the Working Group on …", "… on the Electronics …": a qualifier after the keyword.
      while (end < words.count) {
        String next = words.word(end).toLowerCase(Locale.ROOT);
        if ((next.equals("of") || next.equals("on")) && end + 1 < words.count) {
          int look = end + 1;
          if (words.word(look).equalsIgnoreCase("the") && look + 1 < words.count) {
            look++;
          }
          Names.Found body = names.longestAt(words, look);
          if (body != null) {
            end = body.to();
            continue;
          }
          if (words.capitalised(look)) {
            end = look + 1;
            while (end < words.count && (words.capitalised(end) || CONNECTORS.contains(words.word(end).toLowerCase(Locale.ROOT))
                && end + 1 < words.count && words.capitalised(end + 1))) {
              end++;
            }
            continue;
          }
        }
        break;
      }
      if (end == w + 1 && words.capitalised(w) && end < words.count && (words.is(end, "on") || words.is(end, "for"))) {
        // "the Regional Webinar on the use of Technology in Trafficking, and …": a proper name runs to the punctuation.
        int stop = end;
        while (stop < words.count && stop < end + 10 && !punctuationBetween(text, words, stop - 1, stop)
            && !words.is(stop, "held") && !words.is(stop, "which") && !words.is(stop, "conducted")) {
          stop++;
        }
        end = stop;
      }
      boolean qualified = start < w || end > w + 1;
      if (kind == null && !qualified) {
        // "the meeting" alone is the statement's own meeting.
        continue;
      }
      boolean placed = datedOrPlaced(text, words, end, places);
      if (start == w && end == w + 1 && !placed) {
        // "the Conference", "the meeting", "a workshop": the statement's own meeting, or no one event.
        continue;
      }
      if (!words.capitalised(w) && (word.endsWith("s") || !namesMeeting(words, byWord, start, end) && !placed)) {
        // "policy dialogue", "sessions on trauma-informed investigations": a common noun, not an event.
        continue;
      }
      Found meeting = describe(text, words, named, byWord, places, context, start, end, w, kind);
      if (meeting != null) {
        found.add(meeting);
        lastEnd = end - 1;
      }
    }
    return found;
  }

  /** Whether the words just after a meeting word give it a date or a place: "a workshop … in Bangkok in November 2014". */
  private static boolean datedOrPlaced(String text, Words words, int end, Places places) {
    int from = end < words.count ? words.starts[end] : text.length();
    String window = text.substring(from, windowEnd(text, from));
    return Dates.find(window).stream().anyMatch(d -> window.substring(0, d.start()).matches("(?s).*\\b(?:in|on|by|during|from)\\s+(?:early\\s+|late\\s+|mid-)?$"))
        || places.first(window, 0).isPresent();
  }

  private static boolean punctuationBetween(String text, Words words, int a, int b) {
    for (int i = words.ends[a]; i < words.starts[b]; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == '(' || c == ')' || c == '.' || c == ':' || c == '–' || c == '—') {
        return true;
      }
    }
    return false;
  }

  /** Whether a phrase with a lower-case meeting word still names one meeting: by its body, number, year or kind. */
  private static boolean namesMeeting(Words words, Names.Found[] byWord, int start, int end) {
    for (int w = start; w < end; w++) {
      String lower = words.word(w).toLowerCase(Locale.ROOT);
      Names.Found name = covering(byWord, w);
      if (name != null && name.name().kind() == EntityKind.BODY || ORDINAL.matcher(words.word(w)).matches()
          || YEAR.matcher(lower).matches() || lower.equals("annual") || lower.equals("table-top") || lower.equals("tabletop")
          || lower.equals("table") && words.is(w + 1, "top")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConference(Names.Found name, Words words, int w) {
    return name.name().kind() == EntityKind.BODY && name.name().id().equals("BPMC")
        && name.from() > 0 && (ORDINAL.matcher(words.word(name.from() - 1)).matches()
            || YEAR.matcher(words.word(name.from() - 1)).matches()
            || name.from() > 2 && words.is(name.from() - 1, "Process") && words.is(name.from() - 2, "Bali")
                && (ORDINAL.matcher(words.word(name.from() - 3)).matches() || YEAR.matcher(words.word(name.from() - 3)).matches()));
  }

  private static Names.Found covering(Names.Found[] byWord, int w) {
    return w >= 0 && w < byWord.length ? byWord[w] : null;
  }

  /** For each word, the name it is part of, or null: looked up once per word, whatever the length of the text. */
  private static Names.Found[] byWord(Words words, List<Names.Found> named) {
    Names.Found[] byWord = new Names.Found[words.count];
    for (Names.Found found : named) {
      for (int w = found.from(); w < found.to(); w++) {
        byWord[w] = found;
      }
    }
    return byWord;
  }

  private Found describe(String text, Words words, List<Names.Found> named, Names.Found[] byWord, Places places, Context context,
      int start, int end, int keyword, MeetingKind kindByWord) {
    Set<String> bodies = new LinkedHashSet<>();
    Integer ordinal = null;
    Integer year = null;
    boolean ministerial = false;
    boolean seniorOfficials = false;
    boolean tableTop = false;
    boolean special = false;
    boolean next = false;
    for (int w = start; w < end; w++) {
      String word = words.word(w);
      Names.Found name = covering(byWord, w);
      if (name != null && name.name().kind() == EntityKind.BODY) {
        bodies.add(name.name().id());
      }
      if (ORDINAL.matcher(word).matches() && !words.is(w + 1, "Anniversary")) {
        ordinal = Ordinals.value(word);
      }
      if (YEAR.matcher(word).matches()) {
        year = Integer.parseInt(word);
      }
      if (word.equalsIgnoreCase("next") || word.equalsIgnoreCase("following")) {
        next = true;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      ministerial |= lower.equals("ministerial");
      seniorOfficials |= lower.startsWith("officials") && w > 0 && words.is(w - 1, "Senior");
      tableTop |= lower.equals("table-top") || lower.equals("tabletop") || lower.equals("table");
      special |= lower.equals("special") && words.capitalised(w);
    }
    int afterEnd = end < words.count ? words.starts[end] : text.length();
    // "… conducted jointly by the WG-D and TFPP", "… hosted by Thailand": convenors named after it.
    int w = end;
    if (w < words.count && (words.is(w, "conducted") || words.is(w, "convened") || words.is(w, "organised")
        || words.is(w, "organized") || words.is(w, "hosted") || words.is(w, "led") || words.is(w, "co-hosted"))) {
      while (w < words.count && w < end + 4 && !words.is(w, "by")) {
        w++;
      }
      for (int b = w + 1; b < words.count && b < w + 8; b++) {
        Names.Found name = covering(byWord, b);
        if (name != null && name.name().kind() == EntityKind.BODY) {
          bodies.add(name.name().id());
          b = name.to() - 1;
        } else if (!words.is(b, "the") && !words.is(b, "and")) {
          break;
        }
      }
    }
    if (bodies.isEmpty() && keyword > 0 && (words.is(start - 1, "its") || words.is(start - 1, "their") || words.is(start, "its"))) {
      // "the activities of the Ad Hoc Group since its seventh meeting": the body named last, else the one acting or the section's.
      Optional<String> before = named.stream().filter(f -> f.to() <= start && f.name().kind() == EntityKind.BODY)
          .reduce((a, b) -> b).map(f -> f.name().id());
      before.or(context::actorBody).or(context::sectionBody).ifPresent(bodies::add);
    }
    MeetingKind kind = kind(kindByWord, bodies, ministerial, seniorOfficials, tableTop, special);
    if (kind == null && bodies.isEmpty() && words.capitalised(keyword) && start < keyword && !seniorOfficials) {
      // A named meeting no body of the Bali Process convenes: "the United Nations High-Level Meeting on …".
      kind = MeetingKind.EXTERNAL_MEETING;
    }
    if (kind == null) {
      return null;
    }
    if (kind == MeetingKind.MINISTERIAL_CONFERENCE) {
      bodies.add("BPMC");
    }
    // The date and place follow within the next few words: "held in Bangkok in October 2022".
    int windowEnd = windowEnd(text, afterEnd);
    String window = text.substring(words.starts[start], windowEnd);
    PartialDate date = null;
    PartialDate endDate = null;
    for (Dates.Found d : Dates.find(window)) {
      if (d.date().precision() != PartialDate.Precision.YEAR || d.start() < words.starts[end - 1] - words.starts[start] + 1) {
        date = d.date();
        endDate = d.endDate().orElse(null);
        break;
      }
    }
    if (date == null && year != null) {
      date = PartialDate.of(year);
    }
    Place place = places.first(window, 0).map(Places.Found::place).orElse(null);
    String lowerWindow = window.toLowerCase(Locale.ROOT);
    MeetingFormat format = lowerWindow.contains("hybrid") ? MeetingFormat.HYBRID
        : lowerWindow.contains("virtual") || lowerWindow.contains("online") ? MeetingFormat.VIRTUAL : null;
    String name = text.substring(words.starts[start], words.ends[end - 1]);
    boolean plural = words.word(keyword).toLowerCase(Locale.ROOT).endsWith("s") && !words.word(keyword).endsWith("ss");
    return new Found(words.starts[start], words.ends[end - 1], kind, bodies, ordinal, year, date, endDate, place, format, name, plural, next);
  }

  private static int windowEnd(String text, int from) {
    int end = Math.min(text.length(), from + 90);
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c == ';' || c == '(' || (c == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' '))) {
        return i;
      }
      if (text.startsWith(", which", i) || text.startsWith(" which", i) || text.startsWith(" and ", i)
          && i > from + 40) {
        return i;
      }
    }
    return end;
  }

  private MeetingKind kind(MeetingKind byWord, Set<String> bodies, boolean ministerial, boolean seniorOfficials, boolean tableTop,
      boolean special) {
    if (bodies.contains("BPMC")) {
      return MeetingKind.MINISTERIAL_CONFERENCE;
    }
    if (byWord == MeetingKind.TABLE_TOP_EXERCISE && !tableTop) {
      return byWord;
    }
    if (byWord != null && byWord != MeetingKind.SPECIAL_CONFERENCE) {
      return byWord;
    }
    if (byWord == MeetingKind.SPECIAL_CONFERENCE) {
      return ministerial ? MeetingKind.MINISTERIAL_CONFERENCE : MeetingKind.SPECIAL_CONFERENCE;
    }
    if (special) {
      return MeetingKind.SPECIAL_CONFERENCE;
    }
    if (bodies.contains("SG")) {
      return MeetingKind.STEERING_GROUP_MEETING;
    }
    if (seniorOfficials || bodies.contains("AHG")) {
      return MeetingKind.SENIOR_OFFICIALS_MEETING;
    }
    for (String id : bodies) {
      Optional<Body> body = register.body(id);
      if (body.isPresent()) {
        BodyKind kind = body.get().kind();
        switch (kind) {
          case WORKING_GROUP, TECHNICAL_EXPERTS_GROUP -> {
            return MeetingKind.WORKING_GROUP_MEETING;
          }
          case TASK_FORCE -> {
            return MeetingKind.TASK_FORCE_MEETING;
          }
          case CONSULTATION_MECHANISM -> {
            return MeetingKind.CONSULTATION_MECHANISM_MEETING;
          }
          case STEERING_GROUP -> {
            return MeetingKind.STEERING_GROUP_MEETING;
          }
          case MINISTERIAL_CONFERENCE -> {
            return MeetingKind.MINISTERIAL_CONFERENCE;
          }
          default -> {
          }
        }
      }
    }
    return null;
  }

  /**
   * The register's meeting of this series and ordinal, year or day (or the month, when only one of
   * the series falls in it), or the next of the series after {@code after} for "the next meeting of
   * the Ad Hoc Group"; empty when it holds none.
   */
  Optional<Meeting> inRegister(Found found, PartialDate after) {
    List<Meeting> series = new ArrayList<>();
    for (Meeting meeting : register.meetings()) {
      if (meeting.kind() != found.kind()) {
        continue;
      }
      boolean sameSeries = found.convenedBy().isEmpty() ? meeting.convenedBy().isEmpty()
          : meeting.convenedBy().containsAll(found.convenedBy()) || found.convenedBy().containsAll(meeting.convenedBy())
              && !meeting.convenedBy().isEmpty();
      if (sameSeries || found.kind() == MeetingKind.STEERING_GROUP_MEETING && meeting.convenedBy().contains("SG")) {
        series.add(meeting);
      }
    }
    for (Meeting meeting : series) {
      if (found.ordinal() != null) {
        if (meeting.ordinal().isPresent() && meeting.ordinal().get().equals(found.ordinal())) {
          return Optional.of(meeting);
        }
      } else if (found.date() != null && found.date().precision() == PartialDate.Precision.DAY && !found.convenedBy().isEmpty()
          && meeting.date().map(found.date()::equals).orElse(false)) {
        // "the Ad Hoc Group Senior Officials' Meeting in Kuala Lumpur on 31 October 2017": no ordinal, but its day.
        return Optional.of(meeting);
      } else if (found.year() != null && found.kind() == MeetingKind.MINISTERIAL_CONFERENCE
          && meeting.date().map(d -> d.earliest().getYear() == found.year()).orElse(false)) {
        return Optional.of(meeting);
      }
    }
    if (found.ordinal() == null && found.date() != null && found.date().precision() == PartialDate.Precision.MONTH
        && !found.convenedBy().isEmpty()) {
      // "the Ad Hoc Group meeting in Sydney in March 2013": the one meeting of the series in that month.
      List<Meeting> inMonth = series.stream().filter(m -> m.date().map(d -> !d.isBefore(found.date()) && !d.isAfter(found.date()))
          .orElse(false)).toList();
      if (inMonth.size() == 1) {
        return Optional.of(inMonth.get(0));
      }
    }
    if (found.next() && found.ordinal() == null && after != null) {
      return series.stream().filter(m -> m.date().map(d -> d.isAfter(after)).orElse(false))
          .min((a, b) -> a.date().get().earliest().compareTo(b.date().get().earliest()));
    }
    return Optional.empty();
  }
}
