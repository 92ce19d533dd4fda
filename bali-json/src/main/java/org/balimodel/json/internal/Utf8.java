package org.balimodel.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Checks that bytes are well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. */
public final class Utf8 {
  private Utf8() {}

  /** Eight bytes at a time: a statement document is nearly all ASCII, which needs no decoding. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long HIGH_BITS = 0x8080808080808080L;

  /** The offset of the first byte that is not part of well-formed UTF-8, or -1 when all are. */
  public static int firstInvalid(byte[] bytes, int length) {
    int i = 0;
    while (i < length) {
      while (i + 8 <= length && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
        i += 8;
      }
      if (i >= length) {
        break;
      }
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xff;
      int need;
      int min;
      if (b >= 0xc2 && b <= 0xdf) {
        need = 1;
        min = 0x80;
      } else if (b >= 0xe0 && b <= 0xef) {
        need = 2;
        min = 0x800;
      } else if (b >= 0xf0 && b <= 0xf4) {
        need = 3;
        min = 0x10000;
      } else {
        return i;
      }
      if (i + need >= length) {
        return i;
      }
      int cp = b & (0x3f >> need);
      for (int k = 1; k <= need; k++) {
        int c = bytes[i + k] & 0xff;
        if ((c & 0xc0) != 0x80) {
          return i;
        }
        cp = (cp << 6) | (c & 0x3f);
      }
      if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        return i;
      }
      i += need + 1;
    }
    return -1;
  }

  /** Whether the first bytes hold a NUL, as UTF-16 and UTF-32 text does and JSON text never does. */
  public static boolean looksWide(byte[] bytes, int length) {
    for (int i = 0; i < Math.min(4, length); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
