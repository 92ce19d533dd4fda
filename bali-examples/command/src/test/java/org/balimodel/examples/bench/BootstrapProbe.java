package org.balimodel.examples.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.balimodel.json.BaliJson;
import org.balimodel.json.ReadResult;

/**
 * Times, inside one fresh JVM, what a service pays to get its first answer from bali and what a
 * second facade costs once the first exists. Run by {@link BenchMain} in a child JVM; prints
 * {@code key=milliseconds} lines.
 *
 * <p>The question it answers is whether the validator is built once per process: if building a
 * facade rebuilt the Jakarta Validation factory or the Jackson mapper configuration, the second
 * facade's first read would cost about as much as the very first one.
 */
public final class BootstrapProbe {

  /** The steps it times, in order, with the words the table uses. */
  static final Map<String, String> STEPS = new LinkedHashMap<>();

  static {
    STEPS.put("first.create.ms", "first `BaliJson.create()` in a fresh JVM");
    STEPS.put("first.read.ms", "its first `read` (read + validate) of the seed");
    STEPS.put("steady.read.ms", "a `read` of the seed after 200 more (median of the last 20)");
    STEPS.put("second.create.read.ms", "then a second `BaliJson.create()` and its first `read`");
    STEPS.put("second.create.ms", "of which the second `create()`");
  }

  private BootstrapProbe() {}

  /**
   * Runs the probe.
   *
   * @param args none
   */
  public static void main(String[] args) {
    byte[] seed = Fixtures.seedBytes();
    long t0 = System.nanoTime();
    BaliJson first = BaliJson.create();
    long t1 = System.nanoTime();
    ReadResult result = first.read(seed);
    long t2 = System.nanoTime();
    check(result);
    double[] last = new double[20];
    for (int i = 0; i < 220; i++) {
      long s = System.nanoTime();
      check(first.read(seed));
      if (i >= 200) {
        last[i - 200] = (System.nanoTime() - s) / 1e6;
      }
    }
    long t3 = System.nanoTime();
    BaliJson second = BaliJson.create();
    long t4 = System.nanoTime();
    check(second.read(seed));
    long t5 = System.nanoTime();
    Arrays.sort(last);
    print("first.create.ms", (t1 - t0) / 1e6);
    print("first.read.ms", (t2 - t1) / 1e6);
    print("steady.read.ms", (last[9] + last[10]) / 2);
    print("second.create.read.ms", (t5 - t3) / 1e6);
    print("second.create.ms", (t4 - t3) / 1e6);
  }

  private static void check(ReadResult result) {
    if (result.statement().isEmpty()) {
      throw new IllegalStateException("the seed does not read: " + result.report());
    }
  }

  private static void print(String key, double ms) {
    System.out.println(key + "=" + String.format(Locale.ROOT, "%.4f", ms));
  }
}
