package org.balimodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Oversized and hostile input is refused quickly, with its own code, and never crashes the reader. */
class LimitsTest {

  private static final long HUNDRED_MB = 100L * 1024 * 1024;

  private final BaliJson json = BaliJson.create();

  /** An endless-looking document: '[' then spaces, produced on demand, counting what is read. */
  private static final class Generated extends InputStream {
    private final long size;
    long served;

    Generated(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      if (served >= size) {
        return -1;
      }
      return served++ == 0 ? '[' : ' ';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (served >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - served);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) (served + i == 0 ? '[' : ' ');
      }
      served += n;
      return n;
    }
  }

  @Test
  void aHundredMegabyteStreamIsRefusedAfterReadingJustOverTheLimit() {
    Generated stream = new Generated(HUNDRED_MB);
    ReadResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> json.read(stream));
    assertEquals("json.limit.size", result.report().errors().get(0).code());
    assertEquals(json.limits().maxDocumentBytes() + 1, stream.served);
  }

  @Test
  void aHundredMegabyteFileIsRefusedWithoutBeingOpened(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.json");
    try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
      // A sparse file: its size is 100 MB, nothing is written.
      channel.position(HUNDRED_MB - 1).write(java.nio.ByteBuffer.wrap(new byte[] {' '}));
    }
    assertEquals(HUNDRED_MB, Files.size(big));
    ReadResult result = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> json.read(big));
    assertEquals("json.limit.size", result.report().errors().get(0).code());
  }

  @Test
  void aLongReaderIsRefusedAfterReadingJustOverTheLimit() {
    long[] served = {0};
    Reader endless =
        new Reader() {
          @Override
          public int read(char[] buffer, int off, int len) {
            java.util.Arrays.fill(buffer, off, off + len, ' ');
            served[0] += len;
            return len;
          }

          @Override
          public void close() {}
        };
    ReadResult result = json.read(endless);
    assertEquals("json.limit.size", result.report().errors().get(0).code());
    assertEquals(json.limits().maxDocumentBytes() + 1, served[0]);
  }

  @Test
  void nestingAHundredThousandDeepIsRefusedWithoutStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    ReadResult result = json.read(deep);
    assertTrue(!result.report().withCode("json.limit.depth").isEmpty(), result.report().toString());
    String deepObjects = "{\"formatVersion\":2,\"meeting\":".repeat(100_000);
    assertTrue(!json.read(deepObjects.getBytes(StandardCharsets.UTF_8)).report().withCode("json.limit.depth").isEmpty());
  }

  @Test
  void deepSubsectionsWithinTheLimitAreRead() {
    String sections = "{\"heading\":\"h\",\"subsections\":[".repeat(20) + "{\"heading\":\"h\"}" + "]}".repeat(20);
    String doc = Documents.setRaw("/sections", "[" + sections + "]");
    assertTrue(json.read(doc).statement().isPresent());
    Limits shallow = Limits.builder().maxDepth(16).build();
    assertEquals(
        "json.limit.depth",
        BaliJson.builder().limits(shallow).build().read(doc).report().errors().get(0).code());
  }

  @Test
  void aDocumentWithThousandsOfProblemsIsCutShortAtTheIssueLimit() {
    StringBuilder doc = new StringBuilder("{\"formatVersion\":2");
    for (int i = 0; i < 50_000; i++) {
      doc.append(",\"x").append(i).append("\":0");
    }
    doc.append('}');
    ReadResult result = json.read(doc.toString());
    assertEquals(json.limits().maxIssues() + 1, result.report().issues().size());
    assertEquals("json.limit.issues", result.report().issues().get(json.limits().maxIssues()).code());
  }

  @Test
  void limitsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> Limits.builder().maxDepth(0).build());
    assertEquals(Limits.defaults(), Limits.defaults().toBuilder().build());
    assertEquals(8L * 1024 * 1024, Limits.defaults().maxDocumentBytes());
  }
}
