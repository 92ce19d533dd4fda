package org.balimodel.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.balimodel.core.internal.ClauseVerbs;

/**
 * The words of a span of text, with their offsets: runs of letters and digits joined by inner
 * hyphens, apostrophes and ampersands ("WG-TIP's", "co-chaired", "People's").
 */
final class Words implements ClauseVerbs.Sequence {
  final String text;
  final int[] starts;
  final int[] ends;
  final int count;
  private final String[] cache;
  private final String[] lowerCache;

  Words(String text) {
    this.text = text;
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    int length = text.length();
    while (i < length) {
      while (i < length && !Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) != '&') {
        i++;
      }
      if (i == length) {
        break;
      }
      int start = i;
      if (text.charAt(i) == '&') {
        i++;
      } else {
        while (i < length) {
          char c = text.charAt(i);
          if (Character.isLetterOrDigit(c)) {
            i++;
          } else if ((c == '-' || c == '\'' || c == '\u2019' || c == '.') && i + 1 < length
              && Character.isLetterOrDigit(text.charAt(i + 1)) && (c != '.' || isAbbreviationDot(text, start, i))) {
            i++;
          } else {
            break;
          }
        }
      }
      spans.add(new int[] {start, i});
    }
    count = spans.size();
    cache = new String[count];
    lowerCache = new String[count];
    starts = new int[count];
    ends = new int[count];
    for (int w = 0; w < count; w++) {
      starts[w] = spans.get(w)[0];
      ends[w] = spans.get(w)[1];
    }
  }

  /** A dot inside "U.S." keeps the word whole; a dot between words ends a sentence. */
  private static boolean isAbbreviationDot(String text, int start, int dot) {
    return dot - start == 1 && Character.isUpperCase(text.charAt(start));
  }

  private static final String[] SUFFIXES = {"-led", "-hosted", "-funded", "-supported", "-organised", "-organized", "-convened"};

  @Override
  public int count() {
    return count;
  }

  @Override
  public String word(int w) {
    String word = cache[w];
    if (word == null) {
      word = text.substring(starts[w], ends[w]);
      cache[w] = word;
    }
    return word;
  }

  /** The word in lower case, made once: every name and verb is looked up by it. */
  String lower(int w) {
    String word = lowerCache[w];
    if (word == null) {
      word = word(w).toLowerCase(Locale.ROOT);
      lowerCache[w] = word;
    }
    return word;
  }

  /** The word without a possessive ending: "WG-TIP's" and "TFPP’s" are "WG-TIP" and "TFPP". */
  String bare(int w) {
    String word = word(w);
    if (word.endsWith("'s") || word.endsWith("\u2019s")) {
      return word.substring(0, word.length() - 2);
    }
    // "WG-D-led sessions", "RSO-hosted workshop": the body that leads or hosts is named.
    for (String suffix : SUFFIXES) {
      if (word.length() > suffix.length() + 1 && word.endsWith(suffix)) {
        return word.substring(0, word.length() - suffix.length());
      }
    }
    return word;
  }

  boolean capitalised(int w) {
    return Character.isUpperCase(text.charAt(starts[w]));
  }

  @Override
  public boolean is(int w, String expected) {
    return w >= 0 && w < count && word(w).equalsIgnoreCase(expected);
  }

  /** The first word that ends after an offset (the word at or after it), or {@link #count}. */
  int at(int offset) {
    int low = 0;
    int high = count;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (ends[mid] > offset) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }
}
