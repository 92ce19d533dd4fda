package org.balimodel.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.balimodel.core.internal.ClauseVerbs;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Actor.Group;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.register.EntityKind;

/**
 * Finds the acts a sentence records: each operative verb with its actor and its clause.
 *
 * <p>The first act of a sentence is a listed verb among its first words whose subject names an
 * actor ("The meeting", "Members of the AHG", "The RSO", "Some participants", "They"), or a
 * participle that opens the sentence ("Noting the anniversary …, members reflected …"), which takes
 * the actor of the clause it leads into. Further acts are verbs joined to the one before by "and"
 * or a comma ("… and welcomed its progress", "…, commending its activities"), or a new subject
 * after a comma or "and". A verb is not an act after an article, a possessive or a preposition
 * ("the report", "its support"), after "to" or an auxiliary ("to support", "was designed"), in a
 * relative clause ("which expressed concern") or before "by" ("acknowledged by Ministers").
 *
 * <p>A clause runs from its subject (or its verb, when it shares the subject of the act before) to
 * the joining word of the next act, or to the end of the sentence with its full stop.
 */
final class Acts {
  /** A subject is read as far back as the validator reads a clause for its verb. */
  private static final int MAX_SUBJECT_WORDS = ClauseVerbs.MAX_WORDS_BEFORE;

  /** One act found in a sentence; offsets are into the sentence. */
  record Act(OperativeVerb verb, String printed, Actor actor, int clauseStart, int clauseEnd, int verbStart, Resolution resolution,
      boolean passive) {
    Act(OperativeVerb verb, String printed, Actor actor, int clauseStart, int clauseEnd, int verbStart, Resolution resolution) {
      this(verb, printed, actor, clauseStart, clauseEnd, verbStart, resolution, false);
    }
  }

  /** How the actor was found. */
  enum Resolution {
    NAMED,
    PRONOUN,
    CONTINUED,
    UNRESOLVED
  }

  private record Candidate(OperativeVerb verb, int from, int to, boolean participle) {}

  private static final Set<String> BLOCKERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
      "these", "those", "whose", "of", "for", "on", "to", "with", "by", "in", "at", "from", "which", "who", "was", "were",
      "been", "be", "being", "is", "are", "has", "have", "had", "will", "would", "should", "could", "may", "might", "can",
      "must", "shall", "not", "further", "continued", "continue", "during", "about", "into", "towards", "toward", "any", "each",
      "no", "all", "such", "under", "through", "upon", "over", "after", "before", "than");
  private static final Set<String> ADVERBS = Set.of("also", "further", "then", "again", "jointly", "warmly", "strongly",
      "unanimously", "subsequently", "collectively", "formally", "therefore", "furthermore", "moreover", "additionally",
      "however", "both", "similarly", "likewise", "equally", "particularly", "especially", "duly", "fully", "firmly", "all");
  private static final Set<String> RELATIVES = Set.of("which", "that", "who", "whom", "whose", "where", "when", "if", "whether", "as");

  /** The actor a lead-in names: "The Task Force:", "In particular, senior officials:"; or null. */
  Actor leadIn(String text, String anaphorBody, String convenor) {
    this.anaphorBody = anaphorBody;
    this.convenor = convenor;
    Words words = new Words(text);
    if (words.count == 0) {
      return null;
    }
    Subject subject = subject(text, words, 0, words.count);
    if (subject == null || subject.resolution != Resolution.NAMED) {
      int comma = text.lastIndexOf(',');
      subject = comma < 0 ? null : subject(text, words, words.at(comma), words.count);
    }
    return subject == null || subject.resolution != Resolution.NAMED ? null : subject.actor;
  }

  /** Subjects that name a group, longest first; matched at the start of the subject, lower-cased. */
  private static final String[][] GROUPS = {
    {"we, the ministers", "MINISTERS"}, {"we the ministers", "MINISTERS"}, {"the ministers", "MINISTERS"}, {"ministers", "MINISTERS"},
    {"some participants", "SOME_PARTICIPANTS"}, {"several participants", "SOME_PARTICIPANTS"}, {"a number of participants", "SOME_PARTICIPANTS"},
    {"many participants", "SOME_PARTICIPANTS"}, {"a few participants", "SOME_PARTICIPANTS"},
    {"some members", "SOME_MEMBERS"}, {"several members", "SOME_MEMBERS"}, {"a number of members", "SOME_MEMBERS"},
    {"many members", "SOME_MEMBERS"}, {"a few members", "SOME_MEMBERS"}, {"some member", "SOME_MEMBERS"},
    {"all participants", "ALL_PARTICIPANTS"}, {"the participants", "ALL_PARTICIPANTS"}, {"participants", "ALL_PARTICIPANTS"},
    {"delegates", "ALL_PARTICIPANTS"}, {"delegations", "ALL_PARTICIPANTS"}, {"all delegations", "ALL_PARTICIPANTS"},
    {"senior officials", "SENIOR_OFFICIALS"}, {"the senior officials", "SENIOR_OFFICIALS"},
    {"participating officials", "OFFICIALS"}, {"officials", "OFFICIALS"},
    {"the co-chairs", "CO_CHAIRS"}, {"co-chairs", "CO_CHAIRS"}, {"the co-chair", "CO_CHAIRS"}, {"co-chair", "CO_CHAIRS"},
    {"the cochairs", "CO_CHAIRS"}, {"cochairs", "CO_CHAIRS"}, {"both co-chairs", "CO_CHAIRS"}, {"the chairs", "CO_CHAIRS"},
    {"all members", "MEMBERS"}, {"the members", "MEMBERS"}, {"members", "MEMBERS"}, {"member states", "MEMBERS"},
    {"bali process members", "MEMBERS"}, {"bali process member", "MEMBERS"},
    {"the meeting", "MEETING"}, {"meeting", "MEETING"}, {"it was", "MEETING"}, {"the conference", "MEETING"},
    {"the ahg som", "MEETING"}, {"the som", "MEETING"},
  };
  private static final Pattern FORUM_SUBJECT = Pattern.compile(
      "(?:the )?bali process(?: on people smuggling,? trafficking in persons,? and related transnational crime)?");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ANAPHORIC_SUBJECT = Pattern.compile(
      "the (?:task force|working group|group|forum|office|mechanism|expert group|experts group|steering group)");
  private static final Set<String> PRONOUNS = Set.of("they", "it", "he", "she", "both");

  private final Names names;
  /** The body "the Task Force" or "the Working Group" stands for in the sentence being read, or null. */
  private String anaphorBody;
  /** The body whose meeting the statement records: "the Task Force" in its own statement is the meeting. */
  private String convenor;
  /** Whether "we" are the Ministers (a declaration) rather than the co-chairs. */
  private final boolean weAreMinisters;

  Acts(Names names, boolean weAreMinisters) {
    this.names = names;
    this.weAreMinisters = weAreMinisters;
  }

  /**
   * The acts of one sentence. {@code previous} is the actor of the sentence before in the same
   * paragraph, or null; it stands for "They" and for a clause with no subject.
   */
  List<Act> read(String sentence, Actor previous, String anaphorBody, String convenor) {
    List<Act> acts = readActs(sentence, previous, anaphorBody, convenor);
    if (AGREED_BY_ALL.matcher(sentence).find()) {
      // "The meeting highlights …, as agreed by all participants.": the participants act together.
      acts.replaceAll(a -> a.actor().equals(Actor.meeting())
          ? new Act(a.verb(), a.printed(), Actor.group(Group.ALL_PARTICIPANTS), a.clauseStart(), a.clauseEnd(), a.verbStart(),
              a.resolution(), a.passive())
          : a);
    }
    return acts;
  }

  private static final Pattern AGREED_BY_ALL = Pattern.compile(
      "(?i),\\s*as\\s+agreed\\s+by\\s+all\\s+participants\\W*$");

  private List<Act> readActs(String sentence, Actor previous, String anaphorBody, String convenor) {
    this.anaphorBody = anaphorBody;
    this.convenor = convenor;
    Words words = new Words(sentence);
    List<Candidate> candidates = candidates(sentence, words);
    List<Act> acts = new ArrayList<>();
    Act passive = passive(sentence, words, candidates);
    if (passive != null) {
      acts.add(passive);
      return acts;
    }
    if (candidates.isEmpty()) {
      return acts;
    }
    Candidate first = candidates.get(0);
    int next = 0;
    List<Act> leading = new ArrayList<>();
    Subject mainSubject = null;
    if (first.from() == 0 && first.participle()) {
      // "Noting …, members reflected …": the participle is an act of the main clause's subject.
      for (int c = 1; c < candidates.size() && mainSubject == null; c++) {
        Candidate candidate = candidates.get(c);
        if (candidate.participle()) {
          continue;
        }
        int comma = lastComma(sentence, words, candidate.from());
        if (comma < 0) {
          continue;
        }
        Subject found = subject(sentence, words, comma, candidate.from());
        if (found != null && found.actor != null) {
          if (found.resolution == Resolution.PRONOUN) {
            found = previous == null ? null : new Subject(found.from, previous, Resolution.PRONOUN);
          }
          if (found == null) {
            continue;
          }
          mainSubject = found;
          leading.add(new Act(first.verb(), printed(sentence, words, first), found.actor, 0,
              trimEnd(sentence, words.starts[found.from]), 0, found.resolution));
          next = c;
        }
      }
      if (mainSubject == null) {
        Subject none = previous == null ? new Subject(0, Actor.meeting(), Resolution.UNRESOLVED) : new Subject(0, previous, Resolution.CONTINUED);
        addAct(acts, sentence, words, first, none, candidates, 0);
        return finish(acts, sentence, words, candidates, 1, none.actor);
      }
    }
    Candidate head = candidates.get(next);
    Subject subject;
    if (mainSubject != null) {
      subject = mainSubject;
    } else if (head.from() == 0) {
      subject = previous == null ? new Subject(0, Actor.meeting(), Resolution.UNRESOLVED) : new Subject(0, previous, Resolution.CONTINUED);
    } else {
      subject = subject(sentence, words, 0, head.from());
      if (subject == null) {
        // "As Co-Chairs of the Bali Process …, we convened …", "In particular, senior officials …":
        // an opening phrase, then the subject after the comma.
        int comma = lastComma(sentence, words, head.from());
        if (comma > 0) {
          subject = subject(sentence, words, comma, head.from());
        }
      }
      if (subject == null || subject.actor == null) {
        return acts;
      }
      if (subject.resolution == Resolution.PRONOUN) {
        if (previous == null) {
          return acts;
        }
        subject = new Subject(subject.from, previous, Resolution.PRONOUN);
      }
    }
    acts.addAll(leading);
    addAct(acts, sentence, words, head, subject, candidates, next);
    return finish(acts, sentence, words, candidates, next + 1, subject.actor);
  }

  private List<Act> finish(List<Act> acts, String sentence, Words words, List<Candidate> candidates, int from, Actor actor) {
    Actor current = actor;
    for (int c = from; c < candidates.size(); c++) {
      Candidate candidate = candidates.get(c);
      Act last = acts.get(acts.size() - 1);
      int lastVerbWord = words.at(last.verbStart());
      if (candidate.from() <= lastVerbWord) {
        continue;
      }
      String before = words.word(candidate.from() - 1).toLowerCase(Locale.ROOT);
      int joinAt;
      Subject subject;
      if ((before.equals("and") || ADVERBS.contains(before) && candidate.from() > 1 && words.is(candidate.from() - 2, "and"))
          && !candidate.participle()) {
        joinAt = before.equals("and") ? candidate.from() - 1 : candidate.from() - 2;
        subject = new Subject(candidate.from(), current, Resolution.CONTINUED);
      } else if (commaBefore(sentence, words, candidate.from()) && (candidate.participle() || !candidate.participle()
          && followsObject(words, candidate))) {
        joinAt = candidate.from();
        subject = new Subject(candidate.from(), current, Resolution.CONTINUED);
      } else {
        // A new subject after a comma, "and" or a semicolon: "…, and the meeting welcomed …".
        int boundary = lastBoundary(sentence, words, candidate.from());
        if (boundary < 0 || boundary <= lastVerbWord) {
          continue;
        }
        Subject named = subject(sentence, words, boundary, candidate.from());
        if (named == null || named.actor == null || named.resolution == Resolution.PRONOUN) {
          continue;
        }
        joinAt = boundary;
        subject = named;
        current = named.actor;
      }
      int end = trimEnd(sentence, joinAt < words.count ? words.starts[joinAt] : sentence.length());
      acts.set(acts.size() - 1, new Act(last.verb(), last.printed(), last.actor(), last.clauseStart(), end, last.verbStart(), last.resolution()));
      addAct(acts, sentence, words, candidate, subject, candidates, c);
    }
    return acts;
  }

  private static boolean followsObject(Words words, Candidate candidate) {
    // "…, welcomed X": a finite verb after a comma continues the subject only when what follows is its object.
    return candidate.to() < words.count && BLOCKERS.contains(words.word(candidate.to()).toLowerCase(Locale.ROOT))
        && !words.is(candidate.to(), "by");
  }

  private void addAct(List<Act> acts, String sentence, Words words, Candidate verb, Subject subject, List<Candidate> all, int index) {
    int start = subject.from < words.count ? words.starts[subject.from] : words.starts[verb.from()];
    acts.add(new Act(verb.verb(), printed(sentence, words, verb), subject.actor, start, sentence.length(), words.starts[verb.from()],
        subject.resolution));
  }

  private static String printed(String sentence, Words words, Candidate verb) {
    return sentence.substring(words.starts[verb.from()], words.ends[verb.to() - 1]);
  }

  /**
   * "The Task Force was established by senior officials at the 11th AHG SOM": a passive verb with its
   * agent, when the sentence has no act in the active voice before it.
   */
  private Act passive(String sentence, Words words, List<Candidate> candidates) {
    int limit = candidates.isEmpty() ? words.count : candidates.get(0).from();
    for (int p = 1; p + 2 < limit && p <= MAX_SUBJECT_WORDS; p++) {
      String before = words.word(p - 1).toLowerCase(Locale.ROOT);
      if (!(before.equals("was") || before.equals("were") || before.equals("been")) || !words.is(p + 1, "by")) {
        continue;
      }
      ClauseVerbs.Form form = ClauseVerbs.forms(words.lower(p)).stream().filter(f -> f.words().length == 1 && !f.participle()
          && f.words()[0].endsWith("ed")).findFirst().orElse(null);
      if (form == null) {
        continue;
      }
      int end = p + 2;
      while (end < words.count && end < p + 2 + 8 && !Set.of("at", "in", "on", "during", "with", "for", "to", "under", "and")
          .contains(words.word(end).toLowerCase(Locale.ROOT)) && !punctuationAfter(sentence, words, end - 1)) {
        end++;
      }
      if (end < words.count && punctuationAfter(sentence, words, end - 1) || end == words.count) {
        end = Math.min(end + (end < words.count ? 1 : 0), words.count);
      }
      Subject agent = subject(sentence, words, p + 2, Math.min(end, words.count));
      if (agent == null || agent.actor == null || agent.resolution != Resolution.NAMED) {
        continue;
      }
      return new Act(form.verb(), words.word(p), agent.actor, 0, sentence.length(), words.starts[p], Resolution.NAMED, true);
    }
    return null;
  }

  private static boolean punctuationAfter(String sentence, Words words, int w) {
    int i = words.ends[w];
    return i < sentence.length() && (sentence.charAt(i) == ',' || sentence.charAt(i) == '.' || sentence.charAt(i) == ';');
  }

  /** The subject of a verb: the words from {@code from} to the verb, without adverbs, as an actor. */
  private record Subject(int from, Actor actor, Resolution resolution) {}

  private Subject subject(String sentence, Words words, int from, int verb) {
    int start = from;
    while (start < verb && (words.is(start, "and") || words.is(start, "but") || words.is(start, "while")
        || words.is(start, "whereas") || words.is(start, "in") && words.is(start + 1, "addition"))) {
      start += words.is(start, "in") ? 2 : 1;
    }
    int end = verb;
    // "IOM, on behalf of the international organisations, outlined …": the one who speaks acts.
    for (int w = start; w + 2 < end; w++) {
      if (words.is(w, "on") && words.is(w + 1, "behalf") && words.is(w + 2, "of")) {
        end = w;
        break;
      }
    }
    while (end > start && ADVERBS.contains(words.word(end - 1).toLowerCase(Locale.ROOT))) {
      end--;
    }
    if (end <= start || end - start > MAX_SUBJECT_WORDS) {
      return null;
    }
    for (int w = start; w < end; w++) {
      if (RELATIVES.contains(words.word(w).toLowerCase(Locale.ROOT)) && w > start) {
        return null;
      }
    }
    String text = SPACES.matcher(sentence.substring(words.starts[start], words.ends[end - 1]).toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'')).replaceAll(" ");
    if (text.equals("we") || text.startsWith("we,") && !text.contains("minister")) {
      // "We" are those who issue the statement: the Ministers of a declaration, else the co-chairs.
      return new Subject(start, Actor.group(weAreMinisters ? Group.MINISTERS : Group.CO_CHAIRS), Resolution.NAMED);
    }
    if (FORUM_SUBJECT.matcher(text).matches()) {
      // "The Bali Process agreed …": the forum acting is its members met, the meeting.
      return new Subject(start, Actor.meeting(), Resolution.NAMED);
    }
    if (text.startsWith("as agreed by all participants")) {
      return new Subject(start, Actor.group(Group.ALL_PARTICIPANTS), Resolution.NAMED);
    }
    if (end - start == 1 && PRONOUNS.contains(text)) {
      // The caller puts the actor of the sentence before in its place.
      return new Subject(start, Actor.meeting(), Resolution.PRONOUN);
    }
    if (anaphorBody != null && ANAPHORIC_SUBJECT.matcher(text).matches()) {
      // "The Task Force:", "The Working Group …": the body the statement or its section is about; in a
      // body's own statement, the body met is the meeting.
      return new Subject(start, anaphorBody.equals(convenor) ? Actor.meeting() : Actor.body(anaphorBody), Resolution.NAMED);
    }
    for (String[] group : GROUPS) {
      if (text.startsWith(group[0]) && (text.length() == group[0].length() || text.charAt(group[0].length()) == ' '
          || text.charAt(group[0].length()) == ',')) {
        return new Subject(start, Actor.group(Group.valueOf(group[1])), Resolution.NAMED);
      }
    }
    // An entity as subject: "The RSO", "Indonesia", "GABF representatives", "the IOM delegation".
    int nameAt = words.is(start, "the") ? start + 1 : start;
    Names.Found name = nameAt < end ? names.longestAt(words, nameAt) : null;
    if (name != null && name.to() <= end && onlyPeople(words, name.to(), end)) {
      Names.Name entity = name.name();
      if (entity.kind() == EntityKind.BODY) {
        return new Subject(start, Actor.body(entity.id()), Resolution.NAMED);
      }
      if (entity.kind() == EntityKind.MEMBER) {
        return new Subject(start, Actor.member(entity.id()), Resolution.NAMED);
      }
      if (entity.kind() == EntityKind.PARTNER) {
        return new Subject(start, Actor.partner(entity.id()), Resolution.NAMED);
      }
    }
    if (end - start <= 5 && words.capitalised(start) && start == 0) {
      return new Subject(start, Actor.meeting(), Resolution.UNRESOLVED);
    }
    return null;
  }

  private static final Set<String> PEOPLE = Set.of("representatives", "representative", "delegation", "delegations", "delegates",
      "officials", "secretariat", "team", "co-chairs", "chair", "co-chair");

  /** Whether the words after an entity's name only say who spoke for it ("GABF representatives") or repeat its acronym. */
  private boolean onlyPeople(Words words, int from, int end) {
    for (int w = from; w < end; w++) {
      if (!PEOPLE.contains(words.word(w).toLowerCase(Locale.ROOT)) && names.longestAt(words, w) == null) {
        return false;
      }
    }
    return true;
  }

  /** The verbs of the sentence that may be acts, in order, longest form first where they overlap. */
  private static List<Candidate> candidates(String sentence, Words words) {
    List<Candidate> found = new ArrayList<>();
    for (int w = 0; w < words.count; w++) {
      List<ClauseVerbs.Form> forms = ClauseVerbs.forms(words.lower(w));
      if (forms.isEmpty()) {
        continue;
      }
      if (w > 0 && (words.capitalised(w) || BLOCKERS.contains(words.word(w - 1).toLowerCase(Locale.ROOT))
          && !(words.word(w).equalsIgnoreCase("was") || words.word(w).equalsIgnoreCase("were")))) {
        continue;
      }
      Candidate best = null;
      for (ClauseVerbs.Form form : forms) {
        int end = ClauseVerbs.formEnd(words, w, form);
        if (end > 0 && (best == null || end > best.to())) {
          best = new Candidate(form.verb(), w, end, form.participle());
        }
      }
      if (best == null || words.is(best.to(), "by") && !best.participle() && best.verb() != OperativeVerb.WAS_BRIEFED) {
        continue;
      }
      if (best.participle() && w > 0 && !commaBefore(sentence, words, w) && !ADVERBS.contains(words.word(w - 1).toLowerCase(Locale.ROOT))) {
        continue;
      }
      found.add(best);
      w = best.to() - 1;
    }
    return found;
  }

  private static boolean commaBefore(String sentence, Words words, int w) {
    int i = words.starts[w] - 1;
    while (i >= 0 && sentence.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && (sentence.charAt(i) == ',' || sentence.charAt(i) == ';');
  }

  /** The word after the last comma or semicolon before word {@code w}, or -1. */
  private static int lastComma(String sentence, Words words, int w) {
    // A subject is at most MAX_SUBJECT_WORDS words, so no comma further back can open one.
    int reach = words.starts[Math.max(0, w - MAX_SUBJECT_WORDS - 1)];
    for (int i = words.starts[w] - 1; i >= reach; i--) {
      char c = sentence.charAt(i);
      if (c == ',' || c == ';') {
        return words.at(i);
      }
    }
    return -1;
  }

  /** The first word of a new subject before word {@code w}: after the last comma or semicolon, and after an "and" that follows it. */
  private static int lastBoundary(String sentence, Words words, int w) {
    int comma = lastComma(sentence, words, w);
    if (comma >= 0 && comma < w && words.is(comma, "and")) {
      return comma + 1;
    }
    return comma;
  }

  /** The end of a clause before {@code at}: without the joining comma, "and" or spaces. */
  private static int trimEnd(String sentence, int at) {
    int end = Math.min(at, sentence.length());
    while (end > 0) {
      char c = sentence.charAt(end - 1);
      if (c == ' ' || c == ',' || c == ';' || c == ':') {
        end--;
      } else if (end >= 4 && sentence.regionMatches(true, end - 4, " and", 0, 4)) {
        end -= 4;
      } else {
        break;
      }
    }
    return end;
  }
}
