package org.balimodel.core.validation;

/** Builds RFC 6901 JSON Pointers; package-private, as only validation builds them. */
final class Pointers {
  private Pointers() {}

  /** {@code base} followed by one reference token, escaped as RFC 6901 requires ({@code ~0}, {@code ~1}). */
  static String append(String base, String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return base + "/" + token;
    }
    return base + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  /** {@code base} followed by an array index. */
  static String append(String base, int index) {
    return base + "/" + index;
  }
}
