package org.balimodel.core.text;

import java.util.Arrays;
import org.balimodel.core.validation.Location;

/**
 * The text being read, with its line starts, so that every offset can be given back as a line and
 * column for the report.
 */
final class Input {
  final String text;
  private final int[] lineStarts;
  private int lines;

  Input(String text) {
    this.text = text;
    int[] starts = new int[64];
    starts[0] = 0;
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = starts;
    this.lines = count;
  }

  /** The line and column (both from 1, columns in code points) of an offset of the text. */
  Location locate(int offset) {
    int at = Arrays.binarySearch(lineStarts, 0, lines, offset);
    int line = at >= 0 ? at : -at - 2;
    int column = text.codePointCount(lineStarts[line], Math.min(offset, text.length())) + 1;
    return new Location(line + 1, column);
  }

  /**
   * The text with its line ends made {@code \n}, a byte order mark and no-break spaces removed, so
   * that the rest of the reader sees one kind of each. Offsets of the result are what {@link
   * #locate} takes.
   */
  static String normalise(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    int start = raw.length() > 0 && raw.charAt(0) == '\uFEFF' ? 1 : 0;
    for (int i = start; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\t') {
        out.append(' ');
      } else if (c == '\f' || c == '\u2028' || c == '\u2029') {
        // Form feeds separate the pages of text extracted from a PDF; a page break ends a block.
        out.append("\n\n");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The offset of the first character that no statement's text holds (a control character other
   * than a line end or tab, or an unpaired surrogate), or -1. Such a character means the input is
   * not text: a binary file, or text in another encoding decoded wrongly.
   */
  static int firstBinary(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        return i;
      }
      if (c == 0x7F || c == '\uFFFE' || c == '\uFFFF') {
        return i;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
