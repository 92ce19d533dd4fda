package org.balimodel.core.validation;

/**
 * Puts user-supplied text into messages as data: quoted, shortened, control characters blanked.
 * Messages are concatenated from fixed words and quoted values, never formatted or interpolated,
 * so nothing a statement holds is ever read as a template or an expression.
 */
final class Messages {
  private static final int MAX_QUOTED = 80;

  private Messages() {}

  /** {@code "text"}, with quotes and backslashes escaped and anything past 80 characters cut. */
  static String quote(String text) {
    if (text == null) {
      return "(none)";
    }
    int end = Math.min(text.length(), MAX_QUOTED);
    if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    StringBuilder out = new StringBuilder(end + 4).append('"');
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (Character.isISOControl(c)) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    if (end < text.length()) {
      out.append('…');
    }
    return out.append('"').toString();
  }
}
