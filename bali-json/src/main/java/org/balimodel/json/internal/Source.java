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

