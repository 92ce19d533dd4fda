package org.balimodel.examples.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.util.Statistics;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every bali benchmark in one go and prints the results as a table of ratios:
 * the JMH benchmarks of the seed statement, of synthetic statements of growing size and of importing the seed's text, the
 * start-up comparison of fresh JVMs, and the memory a read statement retains.
 *
 * <p>Run it with {@code mvn -B -Pbench -DskipTests verify} from the repository root (see
 * docs/performance.md). Arguments: the build directory of bali-examples (where {@code bali.jar}
 * is), then any of {@code quick} (one short iteration, to check the harness), {@code jfr} (adds
 * JMH's Flight Recorder profiler; recordings land in the build directory), {@code no-startup}.
 * The table is also written to {@code target/bench/results.md}; JMH's own log to
 * {@code target/bench/jmh.log}.
 */
public final class BenchMain {

  static final String SEED_BENCH = SeedBenchmarks.class.getName();
  static final String SCALING_BENCH = ScalingBenchmarks.class.getName();
  static final String IMPORT_BENCH = ImportBenchmarks.class.getName();

  private static final int STARTUP_RUNS = 11;

  private final Path target;
  private final Path out;
  private final Set<String> flags;
  private final StringBuilder report = new StringBuilder();

  private BenchMain(Path target, Set<String> flags) {
    this.target = target;
    this.out = target.resolve("bench");
    this.flags = flags;
  }

  /**
   * Runs the benchmarks.
   *
   * @param args the build directory of bali-examples, then flags
   * @throws Exception if a benchmark or a child process fails
   */
  public static void main(String[] args) throws Exception {
    Path target = Path.of(args.length > 0 && !args[0].isBlank() ? args[0] : "bali-examples/command/target");
    Set<String> flags = Arrays.stream(args).skip(1)
        .flatMap(a -> Arrays.stream(a.split("[,\\s]+")))
        .filter(a -> !a.isBlank())
        .collect(Collectors.toSet());
    new BenchMain(target, flags).run();
  }

  private void run() throws Exception {
    Files.createDirectories(out);
    // For running single benchmarks by hand: java -cp "$(cat .../classpath.txt)" org.openjdk.jmh.Main ...
    Files.writeString(out.resolve("classpath.txt"), System.getProperty("java.class.path"));
    long started = System.nanoTime();
    line("# bali benchmarks");
    line("");
    environment();
    fixtures();
    Collection<RunResult> results = jmh();
    Map<String, RunResult> byName = new LinkedHashMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      String decisions = r.getParams().getParam("decisions");
      byName.put(shortName(name) + (decisions == null ? "" : "@" + decisions), r);
    }
    Targets targets = new Targets();
    seedTable(byName, targets);
    scalingTable(byName, targets);
    importTable(byName, targets);
    bootstrap(byName, targets);
    if (!flags.contains("no-startup")) {
      startup();
    }
    memory();
    targets.print();
    line("");
    line(String.format(Locale.ROOT, "Whole run: %.0f s.", (System.nanoTime() - started) / 1e9));
    Files.writeString(out.resolve("results.md"), report, StandardCharsets.UTF_8);
    System.out.println();
    System.out.println("(written to " + out.resolve("results.md") + ")");
  }

  // ---------------------------------------------------------------- environment and fixtures

  private void environment() {
    line("## Machine and JVM");
    line("");
    line("- java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (" + System.getProperty("java.vendor") + ")");
    line("- os: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    line("- processors available to the JVM: " + Runtime.getRuntime().availableProcessors());
    line("- cpu: " + cpuModel());
    line("- settings: " + settingsText());
    line("");
  }

  private static String cpuModel() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst().orElse("unknown");
    } catch (IOException | UncheckedIOException e) {
      return "unknown (no /proc/cpuinfo)";
    }
  }

  private boolean quick() {
    return flags.contains("quick");
  }

  private int warmups() {
    return quick() ? 1 : 3;
  }

  private int measurements() {
    return quick() ? 1 : 5;
  }

  private TimeValue iteration() {
    return quick() ? TimeValue.milliseconds(300) : TimeValue.seconds(1);
  }

  private String settingsText() {
    return String.format(Locale.ROOT,
        "JMH 1.37, 2 forks for the seed and 1 for growth, %d warm-up and %d measured iterations of %s"
            + " each per fork, average time (median of the iterations reported), -prof gc,"
            + " forked JVM -Xms1g -Xmx1g%s", warmups(), measurements(), iteration(), flags.contains("jfr") ? ", -prof jfr" : "");
  }

  private void fixtures() {
    line("## Inputs");
    line("");
    line("- seed: " + Fixtures.SEED + ", " + Fixtures.seedBytes().length + " bytes, "
        + Checks.describeSeed());
    for (int decisions : ScalingBenchmarks.SIZES) {
      line("- synthetic, " + decisions + " decisions: " + Checks.describeSynthetic(decisions));
    }
    line("");
  }

  // ---------------------------------------------------------------- JMH

  private Collection<RunResult> jmh() throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include("^" + SEED_BENCH.replace(".", "\\.") + "\\.")
        .include("^" + SCALING_BENCH.replace(".", "\\.") + "\\.")
        // Forks come from the classes' @Fork: two for the seed, whose ratios are the targets (the
        // JIT can settle differently in each JVM), one for the growth benchmarks.
        .warmupIterations(warmups())
        .warmupTime(iteration())
        .measurementIterations(measurements())
        .measurementTime(iteration())
        .addProfiler(GCProfiler.class)
        .jvmArgsAppend("-Xms1g", "-Xmx1g")
        .shouldFailOnError(true)
        .output(out.resolve("jmh.log").toString());
    if (flags.contains("jfr")) {
      options.addProfiler("jfr", "dir=" + out.resolve("jfr"));
    }
    System.out.println("running JMH (log: " + out.resolve("jmh.log") + ") ...");
    List<RunResult> results = new ArrayList<>(new Runner(options.build()).run());
    // The importer needs a longer warm-up than the JSON benchmarks (see ImportBenchmarks): its own run.
    ChainedOptionsBuilder imports = new OptionsBuilder()
        .include("^" + IMPORT_BENCH.replace(".", "\\.") + "\\.")
        .warmupIterations(quick() ? 1 : 5)
        .warmupTime(quick() ? iteration() : TimeValue.seconds(2))
        .measurementIterations(measurements())
        .measurementTime(iteration())
        .addProfiler(GCProfiler.class)
        .jvmArgsAppend("-Xms1g", "-Xmx1g")
        .shouldFailOnError(true)
        .output(out.resolve("jmh-import.log").toString());
    results.addAll(new Runner(imports.build()).run());
    return results;
  }

  private static String shortName(String benchmark) {
    return benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
  }

  private static double score(Map<String, RunResult> results, String name) {
    RunResult r = results.get(name);
    return r == null ? Double.NaN : median(r);
  }

  /**
   * The median of the measured iterations. On a machine shared with other work a burst of load
   * during one iteration drags the mean; the median of the iterations resists it.
   */
  private static double median(RunResult r) {
    return r.getPrimaryResult().getStatistics().getPercentile(50);
  }

  private static String scoreText(RunResult r) {
    Statistics s = r.getPrimaryResult().getStatistics();
    return String.format(Locale.ROOT, "%,.1f [%,.1f–%,.1f]", s.getPercentile(50), s.getMin(), s.getMax());
  }

  private static String allocText(RunResult r) {
    for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
      if (e.getKey().endsWith("gc.alloc.rate.norm")) {
        return String.format(Locale.ROOT, "%,.0f", e.getValue().getScore());
      }
    }
    return "n/a";
  }

  private static double alloc(RunResult r) {
    for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
      if (e.getKey().endsWith("gc.alloc.rate.norm")) {
        return e.getValue().getScore();
      }
    }
    return Double.NaN;
  }

  private void seedTable(Map<String, RunResult> results, Targets targets) {
    line("## Seed statement, per operation");
    line("");
    double floor = score(results, "SeedBenchmarks.jacksonReadTree");
    RunResult floorRun = results.get("SeedBenchmarks.jacksonReadTree");
    double floorAlloc = floorRun == null ? Double.NaN : alloc(floorRun);
    line("| benchmark | what it does | µs/op, median [min–max] | × readTree time | bytes allocated/op | × readTree bytes |");
    line("|---|---|---:|---:|---:|---:|");
    for (Map.Entry<String, String> b : SeedBenchmarks.DESCRIPTIONS.entrySet()) {
      RunResult r = results.get("SeedBenchmarks." + b.getKey());
      if (r == null) {
        line("| " + b.getKey() + " | " + b.getValue() + " | not run | | | |");
        continue;
      }
      line(String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %s | %.2f |", b.getKey(), b.getValue(),
          scoreText(r), median(r) / floor, allocText(r), alloc(r) / floorAlloc));
    }
    line("");
    double readValidate = score(results, "SeedBenchmarks.baliReadValidate");
    double peer = score(results, "SeedBenchmarks.schemaPeer");
    targets.add("read + validate of the seed within 3× of Jackson readTree", readValidate / floor, 3.0,
        "× readTree");
    targets.add("read + validate of the seed faster than the JSON Schema peer", readValidate / peer, 1.0,
        "× peer (below 1 is faster)");
  }

  private void scalingTable(Map<String, RunResult> results, Targets targets) {
    line("## Growth: read + validate through the facade, synthetic statements");
    line("");
    line("| decisions | JSON bytes | bali read + validate µs/op, median [min–max] | µs/decision | per decision × at 100 "
        + "| bali × readTree | readTree µs/decision | diagnosis: read µs/decision | diagnosis: validate µs/decision "
        + "| bali bytes allocated/decision |");
    line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    double at100 = score(results, "ScalingBenchmarks.baliReadValidate@100") / 100;
    double min = Double.MAX_VALUE;
    double max = 0;
    for (int n : ScalingBenchmarks.SIZES) {
      RunResult r = results.get("ScalingBenchmarks.baliReadValidate@" + n);
      if (r == null) {
        line("| " + n + " | | not run | | | | | | | |");
        continue;
      }
      double tree = score(results, "ScalingBenchmarks.jacksonReadTree@" + n);
      double perDecision = median(r) / n;
      if (n >= 100) {
        min = Math.min(min, perDecision);
        max = Math.max(max, perDecision);
      }
      line(String.format(Locale.ROOT, "| %,d | %,d | %s | %.3f | %.2f | %.2f | %.3f | %.3f | %.3f | %,.0f |", n,
          Checks.syntheticSize(n), scoreText(r), perDecision, perDecision / at100, median(r) / tree, tree / n,
          score(results, "ScalingBenchmarks.diagRead@" + n) / n,
          score(results, "ScalingBenchmarks.diagValidate@" + n) / n, alloc(r) / n));
    }
    line("");
    targets.add("per-decision cost flat within 1.2× from 100 to 10,000 decisions (slowest ÷ fastest per decision)",
        max / min, 1.2, "×");
  }

  private void importTable(Map<String, RunResult> results, Targets targets) {
    line("## Importing text: the seed's published Markdown, per operation");
    line("");
    line("| benchmark | what it does | µs/op, median [min–max] | bytes allocated/op |");
    line("|---|---|---:|---:|");
    for (Map.Entry<String, String> b : ImportBenchmarks.DESCRIPTIONS.entrySet()) {
      RunResult r = results.get("ImportBenchmarks." + b.getKey());
      line(r == null ? "| " + b.getKey() + " | " + b.getValue() + " | not run | |"
          : String.format(Locale.ROOT, "| %s | %s | %s | %s |", b.getKey(), b.getValue(), scoreText(r), allocText(r)));
    }
    line("");
    targets.add("importing the seed's text in a warm JVM under 50 ms", score(results, "ImportBenchmarks.importSeedText") / 1000, 50,
        "ms");
  }

  // ---------------------------------------------------------------- child JVMs

  private void bootstrap(Map<String, RunResult> results, Targets targets) throws IOException, InterruptedException {
    line("## Bootstrap of the validator, inside one fresh JVM (median of 5 JVMs)");
    line("");
    List<Map<String, Double>> runs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      runs.add(keyValues(runJava(List.of(), BootstrapProbe.class.getName())));
    }
    Map<String, Double> median = new TreeMap<>();
    for (String key : runs.get(0).keySet()) {
      median.put(key, median(runs.stream().mapToDouble(m -> m.get(key)).toArray()));
    }
    line("| step | ms |");
    line("|---|---:|");
    for (Map.Entry<String, String> step : BootstrapProbe.STEPS.entrySet()) {
      line(String.format(Locale.ROOT, "| %s | %.2f |", step.getValue(), median.getOrDefault(step.getKey(), Double.NaN)));
    }
    line("");
    double create = score(results, "SeedBenchmarks.baliCreateFacade");
    double readValidate = score(results, "SeedBenchmarks.baliReadValidate");
    line(String.format(Locale.ROOT,
        "Steady state (JMH): BaliJson.create() %.2f µs, one read + validate of the seed %.1f µs.", create, readValidate));
    line("");
    // What a second facade repeats of the first one's bootstrap, beyond a warm read: near zero when
    // everything costly (the Jakarta validator factory, the register, the shapes) is built once.
    double steady = median.get("steady.read.ms");
    double repeated = (median.get("second.create.read.ms") - steady)
        / (median.get("first.create.ms") + median.get("first.read.ms") - steady);
    line(String.format(Locale.ROOT, "A second facade and its first read repeat %.1f %% of the first facade's bootstrap"
        + " (beyond one warm read).", 100 * repeated));
    line("");
    targets.add("validator built once per process: share of the first facade's bootstrap (create + first read,"
        + " less a warm read) that a second facade repeats, at most 5 %", 100 * repeated, 5.0, "%");
  }

  private void startup() throws IOException, InterruptedException {
    line("## Start-up: whole fresh JVM process, median of " + STARTUP_RUNS + " runs each");
    line("");
    Path jar = target.resolve("bali.jar");
    Path seed = out.resolve("seed.json");
    Files.write(seed, Fixtures.seedBytes());
    if (!Files.isRegularFile(jar)) {
      line("Skipped: " + jar + " is missing (the bench profile runs after package; run the documented command).");
      line("");
      return;
    }
    String java = javaExecutable();
    List<String> bali = List.of(java, "-jar", jar.toString(), "validate", seed.toString());
    List<String> jackson = List.of(java, "-cp", jacksonOnlyClassPath(), JacksonParseMain.class.getName(),
        seed.toString());
    // One untimed run of each warms the file cache, then the two alternate so drift hits both alike.
    time(bali);
    time(jackson);
    double[] baliMs = new double[STARTUP_RUNS];
    double[] jacksonMs = new double[STARTUP_RUNS];
    for (int i = 0; i < STARTUP_RUNS; i++) {
      baliMs[i] = time(bali);
      jacksonMs[i] = time(jackson);
    }
    double b = median(baliMs);
    double j = median(jacksonMs);
    line("| process | median ms | min ms | max ms | × Jackson-only |");
    line("|---|---:|---:|---:|---:|");
    line(String.format(Locale.ROOT, "| `java -jar bali.jar validate seed.json` | %.0f | %.0f | %.0f | %.2f |", b,
        Arrays.stream(baliMs).min().orElseThrow(), Arrays.stream(baliMs).max().orElseThrow(), b / j));
    line(String.format(Locale.ROOT, "| `java -cp jackson JacksonParseMain seed.json` | %.0f | %.0f | %.0f | 1.00 |", j,
        Arrays.stream(jacksonMs).min().orElseThrow(), Arrays.stream(jacksonMs).max().orElseThrow()));
    line("");
  }

  private void memory() throws IOException, InterruptedException {
    line("## Memory retained by one read seed statement");
    line("");
    Map<String, Double> m = keyValues(runJava(List.of("-XX:+UseSerialGC", "-Xms512m", "-Xmx512m"),
        MemoryProbe.class.getName()));
    double json = m.get("json.bytes");
    line("| what is held | bytes per copy | × JSON size |");
    line("|---|---:|---:|");
    line(String.format(Locale.ROOT, "| a byte[] copy of the JSON (calibration: %,.0f + 16-byte header) | %,.0f | %.2f |",
        json, m.get("bytes.copy.bytes"), m.get("bytes.copy.bytes") / json));
    line(String.format(Locale.ROOT, "| the JSON as a Java String | %,.0f | %.2f |", m.get("string.bytes"), m.get("string.bytes") / json));
    line(String.format(Locale.ROOT, "| bali Statement (read through the facade) | %,.0f | %.2f |", m.get("model.bytes"), m.get("model.bytes") / json));
    line(String.format(Locale.ROOT, "| Jackson JsonNode tree | %,.0f | %.2f |", m.get("tree.bytes"), m.get("tree.bytes") / json));
    line("");
    line(String.format(Locale.ROOT, "Method: %s.", MemoryProbe.METHOD));
    line("");
  }

  private String runJava(List<String> jvmArgs, String mainClass) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(javaExecutable());
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    // Their logging (Hibernate Validator's start-up notice) would break up the tables.
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.appendTo(out.resolve("child-stderr.log").toFile()))
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(mainClass + " failed (see " + out.resolve("child-stderr.log") + "): " + output);
    }
    return output;
  }

  private static Map<String, Double> keyValues(String output) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (String l : output.split("\\R")) {
      int eq = l.indexOf('=');
      if (eq > 0) {
        values.put(l.substring(0, eq).trim(), Double.parseDouble(l.substring(eq + 1).trim()));
      }
    }
    return values;
  }

  private static double time(List<String> command) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    int exit = process.waitFor();
    double ms = (System.nanoTime() - start) / 1e6;
    if (exit != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
    }
    return ms;
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The test classes and Jackson's three jars: what the baseline program needs and nothing more. */
  private static String jacksonOnlyClassPath() {
    return Stream.of(JacksonParseMain.class, com.fasterxml.jackson.core.JsonFactory.class,
            com.fasterxml.jackson.databind.ObjectMapper.class,
            com.fasterxml.jackson.annotation.JsonProperty.class)
        .map(c -> {
          try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
          } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
          }
        })
        .distinct()
        .collect(Collectors.joining(File.pathSeparator));
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private void line(String text) {
    System.out.println(text);
    report.append(text).append('\n');
  }

  /** The targets of issue 5, each met or missed with its measured ratio. */
  private final class Targets {
    private final List<String> rows = new ArrayList<>();

    void add(String target, double measured, double limit, String unit) {
      String verdict = Double.isNaN(measured) ? "not measured" : measured <= limit ? "met" : "missed";
      rows.add(String.format(Locale.ROOT, "| %s | %.2f %s | %s |", target, measured, unit, verdict));
    }

    void print() {
      line("## Targets");
      line("");
      line("| target | measured | verdict |");
      line("|---|---:|---|");
      rows.forEach(BenchMain.this::line);
    }
  }
}
