package org.balimodel.examples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.balimodel.json.BaliJson;

/**
 * Measures the heap one read seed statement retains, against the size of its JSON. Run by
 * {@link BenchMain} in a child JVM with the serial collector and a fixed heap; prints
 * {@code key=bytes} lines.
 */
public final class MemoryProbe {

  private static final int COPIES = 400;

  /** How it measures, for the table. */
  static final String METHOD = "a child JVM (-XX:+UseSerialGC, fixed 512 MB heap, compressed oops) reads the seed "
      + COPIES + " times and keeps every result; heap in use after full GCs (Runtime.totalMemory() - freeMemory()) is taken"
      + " before and after, and the difference is divided by the number"
      + " of copies. Objects shared between copies (enum constants, empty lists, the register) are not"
      + " counted: this is what each further statement a service keeps costs";

  private MemoryProbe() {}

  /**
   * Runs the probe.
   *
   * @param args none
   */
  public static void main(String[] args) {
    byte[] seed = Fixtures.seedBytes();
    BaliJson json = BaliJson.create();
    ObjectMapper mapper = new ObjectMapper();
    // Load and initialise every class involved before the first measurement.
    json.read(seed).statement().orElseThrow();
    tree(mapper, seed);
    System.out.println("json.bytes=" + seed.length);
    // Calibration: a copy of the bytes must come out at their length plus a 16-byte array header.
    System.out.println("bytes.copy.bytes=" + retained(seed::clone));
    System.out.println("string.bytes=" + retained(() -> new String(seed, StandardCharsets.UTF_8)));
    System.out.println("model.bytes=" + retained(() -> json.read(seed).statement().orElseThrow()));
    System.out.println("tree.bytes=" + retained(() -> tree(mapper, seed)));
  }

  private static Object tree(ObjectMapper mapper, byte[] seed) {
    try {
      return mapper.readTree(seed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long retained(Supplier<Object> make) {
    Object[] keep = new Object[COPIES];
    long before = usedAfterGc();
    for (int i = 0; i < COPIES; i++) {
      keep[i] = make.get();
    }
    long after = usedAfterGc();
    Reference.reachabilityFence(keep);
    // The array holding the copies was allocated before the first reading: it is in both.
    return Math.round((after - before) / (double) COPIES);
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
