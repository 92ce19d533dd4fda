package org.balimodel.core.validation;

import org.balimodel.core.model.OperativeVerb;

/**
 * Whether a decision's clause begins with its declared operative verb.
 *
 * <p>The rule, precisely: the clause is split into words (runs of letters, digits, hyphens and
 * apostrophes; everything else separates words), compared without regard to case. The first place
 * where the words of any operative verb's {@link OperativeVerb#phrase() phrase} appear, among the
 * first {@value #MAX_WORDS_BEFORE} + 1 word positions, must be the declared verb. So up to
 * {@value #MAX_WORDS_BEFORE} words of subject and adverbs may come first ("The meeting also
 * welcomed", "Members of the AHG commended", "They noted", "The RSO highlighted"), or none
 * ("acknowledged the emerging trends …"), but no other operative verb may come before it. Where
 * phrases overlap at the same position the longest wins, so a clause reading "noted with
 * appreciation" has the verb {@link OperativeVerb#NOTED_WITH_APPRECIATION}, not {@link
 * OperativeVerb#NOTED}, and "was briefed" is {@link OperativeVerb#WAS_BRIEFED}, not {@link
 * OperativeVerb#BRIEFED}. "were" reads as "was", so "Members were briefed" is {@link
 * OperativeVerb#WAS_BRIEFED}.
 *
 * <p>Only the first few words are read, so the cost does not grow with the clause's length.
 */
final class ClauseVerbs {
  /** How many words (subject, adverbs) may precede the verb. */
  static final int MAX_WORDS_BEFORE = 8;

  private static final OperativeVerb[] VERBS = OperativeVerb.values();
  private static final String[][] PHRASES = new String[VERBS.length][];
  private static final int LONGEST;

  static {
    int longest = 0;
    for (OperativeVerb verb : VERBS) {
      PHRASES[verb.ordinal()] = verb.phrase().split(" ");
      longest = Math.max(longest, PHRASES[verb.ordinal()].length);
    }
    LONGEST = longest;
  }

  private ClauseVerbs() {}

  /** The verb the clause begins with, by the rule above, or null when none is found in time. */
  static OperativeVerb leadingVerb(String clause) {
    // Word boundaries only: words are compared in place, without copying them.
    int max = MAX_WORDS_BEFORE + LONGEST;
    int[] starts = new int[max];
    int[] ends = new int[max];
    int count = 0;
    int length = clause.length();
    int i = 0;
    while (i < length && count < max) {
      while (i < length && !isWordChar(clause.charAt(i))) {
        i++;
      }
      if (i == length) {
        break;
      }
      starts[count] = i;
      while (i < length && isWordChar(clause.charAt(i))) {
        i++;
      }
      ends[count++] = i;
    }
    for (int at = 0; at < count && at <= MAX_WORDS_BEFORE; at++) {
      OperativeVerb found = null;
      int foundLength = 0;
      for (OperativeVerb verb : VERBS) {
        String[] phrase = PHRASES[verb.ordinal()];
        if (phrase.length > foundLength && matches(clause, starts, ends, count, at, phrase)) {
          found = verb;
          foundLength = phrase.length;
        }
      }
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '\u2019';
  }

  private static boolean matches(String clause, int[] starts, int[] ends, int count, int at, String[] phrase) {
    if (at + phrase.length > count) {
      return false;
    }
    for (int w = 0; w < phrase.length; w++) {
      int start = starts[at + w];
      int length = ends[at + w] - start;
      String expected = phrase[w];
      boolean same = length == expected.length() && clause.regionMatches(true, start, expected, 0, length);
      if (!same && !("was".equals(expected) && length == 4 && clause.regionMatches(true, start, "were", 0, 4))) {
        return false;
      }
    }
    return true;
  }
}
