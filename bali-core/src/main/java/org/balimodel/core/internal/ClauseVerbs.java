package org.balimodel.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.balimodel.core.model.OperativeVerb;

/**
 * Which operative verb a decision's clause begins with.
 *
 * <p>The rule, precisely: the clause is split into words (runs of letters, digits, hyphens and
 * apostrophes; everything else separates words), compared without regard to case. The first word
 * position, among the first {@value #MAX_WORDS_BEFORE} + 1, where any {@link OperativeVerb#forms()
 * form} of a listed verb appears gives the clause's verb. So up to {@value #MAX_WORDS_BEFORE} words
 * of subject and adverbs may come first ("The meeting also welcomed", "Members of the AHG
 * commended", "Senior officials from the Steering Group members highlighted"), or none ("acknowledged
 * the emerging trends …", "Noting the 20-year anniversary …"). Where forms overlap at one position
 * the longest wins ("noted with appreciation" over "noted", "was briefed" over "briefed").
 *
 * <p>Three guards keep nouns from passing for verbs: a word written with a capital after the first
 * position is part of a name ("The Regional Support Office outlined" has the verb "outlined", not
 * "support"); a word after an article, a possessive or a preposition is a noun ("the report", "its
 * support", "for review"); a participle ("noting", "briefing") counts only at the head of the clause
 * or after an adverb such as "also". Inside a multi-word form up to two words such as "its", "their", "deep" or
 * "great" may stand ("expressed its deep concern", "noted with great appreciation").
 *
 * <p>Only the first few words are read, so the cost does not grow with the clause's length.
 */
public final class ClauseVerbs {
  /**
   * How many words (subject, adverbs) may precede the verb: enough for the longest name a subject
   * has ("The Working Group on the Disruption of People Smuggling and Trafficking in Persons
   * Networks (WG-D) also welcomed", 16 words), with room to spare.
   */
  public static final int MAX_WORDS_BEFORE = 20;

  /** Words that may stand inside a multi-word verb. */
  private static final Set<String> FILLERS =
      Set.of("its", "their", "his", "her", "our", "the", "deep", "serious", "grave", "great", "strong",
          "sincere", "full", "continued", "continuing", "further", "particular", "warm", "deepest", "also");
  private static final int MAX_FILLERS = 2;

  /** Words after which a verb's form is a noun: "the report", "its support", "a review". */
  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "whose", "of", "for", "on", "to", "with", "by", "in", "at");

  /** Adverbs after which a participle still heads the clause. */
  private static final Set<String> ADVERBS = Set.of("also", "further", "and", "furthermore", "moreover", "again");

  /**
   * One form of one verb, as words.
   *
   * @param verb the verb
   * @param words the form's words, lower case ("noted", "with", "appreciation")
   * @param participle whether it is the verb's participle ("noting")
   */
  public record Form(OperativeVerb verb, String[] words, boolean participle) {}

  /** Words the forms are matched against: the validator's clause, or the importer's sentence. */
  public interface Sequence {
    /** How many words there are. */
    int count();

    /** Whether the word at a position is {@code expected}, regardless of case. */
    boolean is(int position, String expected);

    /** The word at a position, as written. */
    String word(int position);
  }

  /** The forms by their first word, so that each word of a clause is looked up once. */
  private static final Map<String, List<Form>> FORMS = new HashMap<>();
  private static final int LONGEST;

  static {
    int longest = 0;
    for (OperativeVerb verb : OperativeVerb.values()) {
      for (String form : verb.forms()) {
        String[] words = form.split(" ");
        FORMS.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Form(verb, words, verb.participles().contains(form)));
        longest = Math.max(longest, words.length);
      }
    }
    LONGEST = longest + MAX_FILLERS;
  }

  /**
   * Where a verb was found.
   *
   * @param verb the listed verb, or {@link OperativeVerb#OTHER} for a verb as printed
   * @param position the word position it starts at
   * @param printed the words as the clause prints them
   */
  public record Found(OperativeVerb verb, int position, String printed) {}

  private ClauseVerbs() {}

  /** The verb the clause begins with, by the rule above, or null when none is found in time. */
  public static OperativeVerb leadingVerb(String clause) {
    Found found = find(clause);
    return found == null ? null : found.verb();
  }

  /** The first listed verb of the clause, by the rule above, or null. */
  public static Found find(String clause) {
    Words words = new Words(clause, MAX_WORDS_BEFORE + 1 + LONGEST);
    for (int at = 0; at < words.count && at <= MAX_WORDS_BEFORE; at++) {
      List<Form> candidates = FORMS.get(words.word(at).toLowerCase(Locale.ROOT));
      if (candidates == null) {
        continue;
      }
      Form best = null;
      int bestEnd = -1;
      for (Form form : candidates) {
        if (best != null && form.words().length <= best.words().length) {
          continue;
        }
        int end = matchEnd(words, at, form);
        if (end >= 0) {
          best = form;
          bestEnd = end;
        }
      }
      if (best != null) {
        return new Found(best.verb(), at, clause.substring(words.starts[at], words.ends[bestEnd - 1]));
      }
    }
    return null;
  }

  /**
   * The word position at which {@code printed} (a verb outside the vocabulary, as the decision keeps
   * it) begins in the clause, among the first {@value #MAX_WORDS_BEFORE} + 1 positions, or -1.
   */
  public static int positionOf(String clause, String printed) {
    Words verb = new Words(printed, 8);
    Words words = new Words(clause, MAX_WORDS_BEFORE + 1 + verb.count);
    for (int at = 0; at < words.count && at <= MAX_WORDS_BEFORE; at++) {
      boolean same = at + verb.count <= words.count;
      for (int w = 0; same && w < verb.count; w++) {
        same = words.is(at + w, verb.word(w));
      }
      if (same && verb.count > 0) {
        return at;
      }
    }
    return -1;
  }

  /** The position after the last word of the form when it matches at {@code at}, else -1. */
  private static int matchEnd(Words words, int at, Form form) {
    if (at > 0 && (words.capitalised(at) || DETERMINERS.contains(words.word(at - 1).toLowerCase(Locale.ROOT)))) {
      return -1;
    }
    if (form.participle() && !headsClause(words, at)) {
      return -1;
    }
    return formEnd(words, at, form);
  }

  /** The forms whose first word is {@code firstWord} (lower case); empty when no verb begins so. */
  public static List<Form> forms(String firstWord) {
    return FORMS.getOrDefault(firstWord, List.of());
  }

  /**
   * The position after the last word of the form when its words stand at {@code at}, with up to
   * {@value #MAX_FILLERS} fillers inside a multi-word form ("expressed its deep concern"), else -1.
   * Only the words are compared: which positions a verb may stand at is the caller's rule.
   */
  public static int formEnd(Sequence words, int at, Form form) {
    String[] expected = form.words();
    int pos = at;
    int fillers = 0;
    for (int w = 0; w < expected.length; w++) {
      while (w > 0 && pos < words.count() && !words.is(pos, expected[w]) && fillers < MAX_FILLERS
          && FILLERS.contains(words.word(pos).toLowerCase(Locale.ROOT))) {
        pos++;
        fillers++;
      }
      if (pos >= words.count() || !words.is(pos, expected[w])) {
        return -1;
      }
      pos++;
    }
    return pos;
  }

  private static boolean headsClause(Words words, int at) {
    for (int i = 0; i < at; i++) {
      if (!ADVERBS.contains(words.word(i).toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** The first words of a text, as positions in it: words are compared in place. */
  private static final class Words implements Sequence {
    final String text;
    final int[] starts;
    final int[] ends;
    int count;

    Words(String text, int max) {
      this.text = text;
      starts = new int[max];
      ends = new int[max];
      int length = text.length();
      int i = 0;
      while (i < length && count < max) {
        while (i < length && !isWordChar(text.charAt(i))) {
          i++;
        }
        if (i == length) {
          break;
        }
        starts[count] = i;
        while (i < length && isWordChar(text.charAt(i))) {
          i++;
        }
        ends[count++] = i;
      }
    }

    @Override
    public int count() {
      return count;
    }

    @Override
    public boolean is(int position, String expected) {
      int length = ends[position] - starts[position];
      return length == expected.length() && text.regionMatches(true, starts[position], expected, 0, length);
    }

    @Override
    public String word(int position) {
      return text.substring(starts[position], ends[position]);
    }

    boolean capitalised(int position) {
      return Character.isUpperCase(text.charAt(starts[position]));
    }
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '\u2019';
  }
}
