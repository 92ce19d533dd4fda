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
 * <p>Columns count characters (UTF-16 code units, as Java and JavaScript strings do) whatever the
 * input: Jackson counts bytes for byte input, so for bytes the columns are recounted in one pass
 * over the text, in offset order, however many issues there are.
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

  /** The issues, located as the parser counts (bytes for byte input). */
  public List<Issue> list() {
    return resolve(null, 0);
  }

  /**
   * The issues with their lines and columns; {@code bytes} is the UTF-8 input when the document
   * was read from bytes (columns are then recounted in characters), null otherwise.
   */
  public List<Issue> resolve(byte[] bytes, int length) {
    Location[] resolved = locate(locations, bytes, length);
    List<Issue> out = new ArrayList<>(issues.size());
    for (int i = 0; i < issues.size(); i++) {
      out.add(resolved[i] == null ? issues.get(i) : issues.get(i).at(resolved[i]));
    }
    return out;
  }

  /** Lines and columns of parser locations, columns in characters; null where unknown. */
  public static Location[] locate(List<JsonLocation> at, byte[] bytes, int length) {
    Location[] out = new Location[at.size()];
    Integer[] byOffset = new Integer[at.size()];
    int n = 0;
    for (int i = 0; i < at.size(); i++) {
      JsonLocation l = at.get(i);
      if (l == null || l.getLineNr() < 1 || l.getColumnNr() < 1) {
        continue;
      }
      if (bytes == null || l.getByteOffset() < 0) {
        out[i] = new Location(l.getLineNr(), l.getColumnNr());
      } else {
        byOffset[n++] = i;
      }
    }
    if (n == 0) {
      return out;
    }
    Integer[] order = Arrays.copyOf(byOffset, n);
    Arrays.sort(order, Comparator.comparingLong(i -> at.get(i).getByteOffset()));
    int pos = 0;
    int column = 1;
    for (Integer i : order) {
      long target = Math.min(at.get(i).getByteOffset(), length);
      // A column depends only on its own line: start counting at the line's first byte when a
      // line break lies between here and the target, rather than at the start of the document.
      int start = (int) target;
      while (start > pos && bytes[start - 1] != '\n' && bytes[start - 1] != '\r') {
        start--;
      }
      if (start > pos) {
        pos = start;
        column = 1;
      }
      for (; pos < target; pos++) {
        int b = bytes[pos] & 0xff;
        if (b == '\n' || b == '\r') {
          column = 1;
        } else if ((b & 0xc0) != 0x80) {
          // A lead byte starts a character; four-byte sequences are two UTF-16 code units.
          column += b >= 0xf0 ? 2 : 1;
        }
      }
      out[i] = new Location(at.get(i).getLineNr(), column);
    }
    return out;
  }

  /** A Jackson location as a bali location, as Jackson counts, when it knows the line and column. */
  public static Optional<Location> location(JsonLocation at) {
    if (at == null || at.getLineNr() < 1 || at.getColumnNr() < 1) {
      return Optional.empty();
    }
    return Optional.of(new Location(at.getLineNr(), at.getColumnNr()));
  }
}
