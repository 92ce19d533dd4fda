package org.balimodel.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.balimodel.examples.Seed;
import org.balimodel.json.BaliJson;
import org.balimodel.json.Limits;
import org.balimodel.json.ReadResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The bounded load test (profile {@code load}, not part of a normal build): a fixed number of
 * validations (default 20,000) from a fixed number of concurrent clients (default 16) against the
 * running service on the loopback address, every answer checked; then the same work in-process
 * through {@link BaliJson}, so the cost of HTTP shows; then hostile load, after which the peak heap
 * is read. Every loop ends after its fixed count. The figures go to standard output and
 * {@code target/load-report.txt}; {@code docs/service.md} records a run.
 */
@Tag("load")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"bali.service.body-timeout=2s", "server.tomcat.connection-timeout=2s"})
class LoadTest {

  private static final int REQUESTS = Integer.getInteger("load.requests", 20_000);
  private static final int CLIENTS = Integer.getInteger("load.clients", 16);

  @LocalServerPort int port;

  private final StringBuilder report = new StringBuilder();

  /** One kind of request and what its answer must be. */
  private record Job(byte[] body, int status, String code) {}

  @Test
  void twentyThousandValidationsOverHttpAreAllAnsweredCorrectly() throws Exception {
    List<Job> jobs = new ArrayList<>();
    jobs.add(new Job(Seed.bytes(), 200, null));
    for (Damaged damaged : Damaged.all()) {
      jobs.add(new Job(damaged.body(), 422, damaged.code()));
    }
    HttpClient client =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    URI uri = URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port + "/statements/validate");

    // Warm-up, not measured: the first requests pay for class loading and compilation.
    run(2_000, i -> http(client, uri, jobs.get(i % jobs.size())));
    long[] overHttp = run(REQUESTS, i -> http(client, uri, jobs.get(i % jobs.size())));
    line("over HTTP", overHttp);

    BaliJson json = BaliJson.builder().limits(Limits.builder().maxDocumentBytes(1024 * 1024).build()).build();
    run(2_000, i -> inProcess(json, jobs.get(i % jobs.size())));
    long[] inProcess = run(REQUESTS, i -> inProcess(json, jobs.get(i % jobs.size())));
    line("in-process", inProcess);

    int hostile = REQUESTS / 10;
    byte[] deep = "[".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
    long[] underAttack =
        run(
            hostile,
            i -> {
              switch (i % 4) {
                case 0 -> assertEquals(413, Wire.declared(port, 100L * 1024 * 1024, 1024).status());
                case 1 -> assertEquals(413, Wire.chunked(port, 8L * 1024 * 1024).status());
                case 2 -> check(http(client, uri, new Job(deep, 422, "json.limit.depth")));
                default -> check(http(client, uri, jobs.get(0)));
              }
            });
    line("hostile mix over HTTP", underAttack);
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    report.append(
        String.format(
            "peak heap (sum of pool peaks, service and clients in one JVM): %d MiB of max %d MiB%n",
            peak >> 20, Runtime.getRuntime().maxMemory() >> 20));
    System.out.print(report);
    java.nio.file.Files.writeString(java.nio.file.Path.of("target", "load-report.txt"), report);
  }

  private static void check(Void ignored) {}

  private Void http(HttpClient client, URI uri, Job job) throws Exception {
    HttpResponse<byte[]> response =
        client.send(
            HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(job.body()))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(job.status(), response.statusCode());
    if (job.code() != null) {
      String body = new String(response.body(), StandardCharsets.UTF_8);
      assertTrue(body.contains("\"" + job.code() + "\""), body);
    }
    return null;
  }

  private static void inProcess(BaliJson json, Job job) {
    ReadResult result = json.read(job.body());
    assertEquals(job.status() == 200, result.isValid());
    if (job.code() != null) {
      assertTrue(result.report().issues().stream().anyMatch(i -> i.code().equals(job.code())), job.code());
    }
  }

  private interface Work {
    void run(int i) throws Exception;
  }

  /** Runs {@code count} jobs on {@link #CLIENTS} threads; the latencies in nanoseconds, and the wall time last. */
  private static long[] run(int count, Work work) throws Exception {
    long[] latencies = new long[count + 1];
    AtomicInteger next = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    long start = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        done.add(
            clients.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    work.run(i);
                    latencies[i] = System.nanoTime() - t;
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      clients.shutdownNow();
    }
    latencies[count] = System.nanoTime() - start;
    return latencies;
  }

  private void line(String what, long[] measured) {
    int n = measured.length - 1;
    long wall = measured[n];
    long[] sorted = Arrays.copyOf(measured, n);
    Arrays.sort(sorted);
    report.append(
        String.format(
            "%-22s %6d requests, %2d clients: %8.0f per second, p50 %6.2f ms, p99 %6.2f ms%n",
            what, n, CLIENTS, n / (wall / 1e9), sorted[n / 2] / 1e6, sorted[(int) (n * 0.99)] / 1e6));
  }
}
