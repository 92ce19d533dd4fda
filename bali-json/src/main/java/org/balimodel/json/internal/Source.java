package org.balimodel.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/** The text being read, kept so that issues found later can be located in it. */
record Source(byte[] bytes, int length, char[] chars) {
  JsonParser open(JsonFactory factory) throws IOException {
    return bytes != null
        ? factory.createParser(bytes, 0, length)
        : factory.createParser(chars, 0, length);
  }

  /** The byte or character at an offset, or -1 outside the text. */
  int unitAt(long offset) {
    if (offset < 0 || offset >= length) {
      return -1;
    }
    return bytes != null ? bytes[(int) offset] & 0xff : chars[(int) offset];
  }

  /**
   * The code point that begins at or just before an offset the parser gave: at the lead byte of a
   * UTF-8 sequence, or the high surrogate of a pair; -1 outside the text.
   */
  int codePointAt(long offset) {
    if (offset < 0 || offset >= length) {
      return -1;
    }
    int at = Issues.start(bytes, chars, (int) offset, length);
    if (bytes == null) {
      return Character.codePointAt(chars, at, length);
    }
    int b = bytes[at] & 0xff;
    int need = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
    int cp = need == 0 ? b : b & (0x3f >> need);
    for (int k = 1; k <= need && at + k < length; k++) {
      cp = (cp << 6) | (bytes[at + k] & 0x3f);
    }
    return cp;
  }

  /** The same text for {@link Locator}, opened at an offset. */
  Locator.Text text(JsonFactory factory) {
    return new Locator.Text() {
      @Override
      public boolean bytes() {
        return bytes != null;
      }

      @Override
      public JsonParser openAt(int offset) throws IOException {
        return bytes != null
            ? factory.createParser(bytes, offset, length - offset)
            : factory.createParser(chars, offset, length - offset);
      }
    };
  }
}

