package org.balimodel.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The UTF-8 check agrees with the JDK's strict decoder, byte for byte, ASCII runs included. */
class Utf8Test {

  @Test
  void anInvalidByteIsFoundWhereverItStandsAmongAsciiRuns() {
    // Mostly ASCII, as documents are, so the eight-bytes-at-a-time path runs into every offset.
    qt().withExamples(2000)
        .forAll(lists().of(integers().between(-40, 127)).ofSizeBetween(0, 40))
        .checkAssert(values -> {
          byte[] bytes = new byte[values.size()];
          for (int i = 0; i < bytes.length; i++) {
            int v = values.get(i);
            bytes[i] = (byte) (v < 0 ? 0x80 + (-v * 3) % 0x80 : v);
          }
          assertEquals(valid(bytes), Utf8.firstInvalid(bytes, bytes.length) < 0, () -> List.of(values).toString());
        });
  }

  @Test
  void theOffsetOfTheFirstInvalidByteIsReported() {
    byte[] bytes = "0123456789abcdef\u00e9".getBytes(StandardCharsets.UTF_8);
    assertEquals(-1, Utf8.firstInvalid(bytes, bytes.length));
    bytes[11] = (byte) 0xff;
    assertEquals(11, Utf8.firstInvalid(bytes, bytes.length));
    assertEquals(16, Utf8.firstInvalid(new byte[] {'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', (byte) 0xc3}, 17));
  }

  private static boolean valid(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
