package org.balimodel.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.balimodel.core.validation.Issue;
import org.balimodel.core.validation.Location;
import org.balimodel.core.validation.Severity;
import org.balimodel.core.validation.IssueCode;

/**
 * The issues found while reading one document, in the order they were found, with the parser
 * location of each kept until {@link #resolve} turns it into a line and column.
 *
 * <p>Columns count code points (characters as a person sees them, an emoji being one) whatever
 * the input; see {@link #locate}.
 */
public final class Issues {
  private final List<Issue> issues = new ArrayList<>();
  private final List<JsonLocation> locations = new ArrayList<>();
  private final int max;
  private boolean errors;

  /** Issues without a cap. */
  public Issues() {
    this(Integer.MAX_VALUE);
  }

  /** Issues that stop the reading (with {@link TooMany}) once there are more than {@code max}. */
  public Issues(int max) {
    this.max = max;
  }

  /** Thrown when there are more issues than the cap: reading has no reason to go on. */
  public static final class TooMany extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooMany() {
      super("too many issues", null, false, false);
    }
  }

  /** Adds an error at a parser location (which may be null). */
  public void error(IssueCode code, String pointer, JsonLocation at, String message) {
    add(new Issue(Severity.ERROR, code.code(), pointer, Optional.empty(), message), at);
  }

  /** Adds an issue with a known location (or none). */
  public void add(Issue issue) {
    add(issue, null);
  }

  /** Adds an issue whose location is a parser location (which may be null). */
  public void add(Issue issue, JsonLocation at) {
    if (issues.size() >= max) {
      throw new TooMany();
    }
    force(issue, at);
  }

  /** Adds an issue whatever the cap: for the reader's own verdicts, after binding. */
  public void force(Issue issue, JsonLocation at) {
    issues.add(issue);
    locations.add(at);
    errors |= issue.isError();
  }

  /** Whether an error was found. */
  public boolean hasErrors() {
    return errors;
  }

  /** The issues, located as the parser counts. */
  public List<Issue> list() {
    return resolve(null, null, 0);
  }

  /**
   * The issues with their lines and columns recounted in code points over the text that was read:
   * {@code bytes} (UTF-8) or {@code chars}, one of them non-null; with neither, as the parser counts.
   */
  public List<Issue> resolve(byte[] bytes, char[] chars, int length) {
    Location[] resolved = locate(locations, bytes, chars, length);
    List<Issue> out = new ArrayList<>(issues.size());
    for (int i = 0; i < issues.size(); i++) {
      out.add(resolved[i] == null ? issues.get(i) : issues.get(i).at(resolved[i]));
    }
    return out;
  }

  /**
   * Lines and columns of parser locations, null where unknown. Columns count code points, for byte
   * and character input alike: Jackson counts bytes for bytes and UTF-16 units for characters, so
   * "é" or an emoji would move every later column of its line by one or more, and the same
   * document would be located differently as bytes and as a String. A byte order mark at the start
   * is not a character of the document and is not counted. The text is recounted in one pass, in
   * offset order, however many issues there are.
   */
  public static Location[] locate(List<JsonLocation> at, byte[] bytes, char[] chars, int length) {
    Location[] out = new Location[at.size()];
    Integer[] byOffset = new Integer[at.size()];
    long[] offsets = new long[at.size()];
    int n = 0;
    for (int i = 0; i < at.size(); i++) {
      JsonLocation l = at.get(i);
      if (l == null || l.getLineNr() < 1 || l.getColumnNr() < 1) {
        continue;
      }
      long offset = bytes != null ? l.getByteOffset() : chars != null ? l.getCharOffset() : -1;
      if (offset < 0) {
        out[i] = new Location(l.getLineNr(), l.getColumnNr());
      } else {
        offsets[i] = start(bytes, chars, (int) Math.min(offset, length), length);
        byOffset[n++] = i;
      }
    }
    if (n == 0) {
      return out;
    }
    Integer[] order = Arrays.copyOf(byOffset, n);
    Arrays.sort(order, Comparator.comparingLong(i -> offsets[i]));
    int bom = bom(bytes, chars, length);
    int pos = bom;
    int column = 1;
    for (Integer i : order) {
      int target = (int) offsets[i];
      // A column depends only on its own line: start counting at the line's first unit when a
      // line break lies between here and the target, rather than at the start of the document.
      int start = target;
      while (start > pos && unit(bytes, chars, start - 1) != '\n' && unit(bytes, chars, start - 1) != '\r') {
        start--;
      }
      if (start > pos) {
        pos = start;
        column = 1;
      }
      for (; pos < target; pos++) {
        int u = unit(bytes, chars, pos);
        if (u == '\n' || u == '\r') {
          column = 1;
        } else if (!continues(bytes, chars, pos)) {
          column++;
        }
      }
      out[i] = new Location(at.get(i).getLineNr(), column);
    }
    return out;
  }

  /** The offset of the first unit of the character {@code offset} is in. */
  static int start(byte[] bytes, char[] chars, int offset, int length) {
    int at = offset;
    while (at > 0 && at < length && continues(bytes, chars, at)) {
      at--;
    }
    return at;
  }

  /** Whether the unit at {@code i} continues a character begun before it. */
  private static boolean continues(byte[] bytes, char[] chars, int i) {
    if (bytes != null) {
      return (bytes[i] & 0xc0) == 0x80;
    }
    return Character.isLowSurrogate(chars[i]) && i > 0 && Character.isHighSurrogate(chars[i - 1]);
  }

  private static int unit(byte[] bytes, char[] chars, int i) {
    return bytes != null ? bytes[i] & 0xff : chars[i];
  }

  /** The length of a byte order mark at the start of the text: 3 bytes, 1 char, or 0. */
  public static int bom(byte[] bytes, char[] chars, int length) {
    if (bytes != null) {
      return length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    }
    return chars != null && length >= 1 && chars[0] == '\ufeff' ? 1 : 0;
  }

  /** A Jackson location as a bali location, as Jackson counts, when it knows the line and column. */
  public static Optional<Location> location(JsonLocation at) {
    if (at == null || at.getLineNr() < 1 || at.getColumnNr() < 1) {
      return Optional.empty();
    }
    return Optional.of(new Location(at.getLineNr(), at.getColumnNr()));
  }
}
