package org.balimodel.core.wire;

/** Makes user-supplied text safe to quote in a message: short, and without control characters. */
public final class Strings {
  private static final int MAX = 60;

  private Strings() {}

  /** The text cut to a readable length, control characters shown as escapes. */
  public static String quote(String text) {
    String clipped = clip(text);
    StringBuilder out = new StringBuilder(clipped.length());
    for (int i = 0; i < clipped.length(); i++) {
      char c = clipped.charAt(i);
      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c));
      } else if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The text cut to a readable length. */
  public static String clip(String text) {
    if (text.length() <= MAX) {
      return text;
    }
    int end = MAX;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "… (" + text.length() + " characters)";
  }
}
