package org.balimodel.examples.cli;

import static org.balimodel.examples.cli.BaliCommandTest.bali;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.balimodel.examples.Seed;
import org.balimodel.examples.cli.BaliCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bali validate DIR} over directories a real disk holds: one entry that cannot be read does
 * not stop the run; every readable statement is still validated, and the bad entry is reported.
 */
class DirectoryWalkTest {

  @TempDir Path dir;

  private Path statement(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, Seed.json(), StandardCharsets.UTF_8);
  }

  private static void assumePosix() {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "links, pipes and permissions are POSIX file-system features");
  }

  @Test
  void anUnreadableSubdirectoryIsReportedAndTheOtherFilesAreStillValidated() throws IOException {
    assumePosix();
    assumeFalse("root".equals(System.getProperty("user.name")),
        "root reads every directory whatever its permissions, so nothing would be unreadable");
    statement("a.json");
    statement("locked/b.json");
    statement("z/c.json");
    Path locked = dir.resolve("locked");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      Run run = bali("validate", dir.toString());

      assertEquals(Bali.USAGE, run.status(), run.err());
      assertEquals("bali validate: " + locked + ": permission denied\n", run.err());
      assertEquals("3 files: 2 valid, 0 invalid, 1 unreadable; 0 errors, 0 warnings, 2 notes",
          run.outLines().get(run.outLines().size() - 1));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aSymbolicLinkLoopIsWalkedOnceAndDoesNotStopTheRun() throws IOException {
    assumePosix();
    statement("a.json");
    statement("sub/b.json");
    Files.createSymbolicLink(dir.resolve("sub/back-to-top"), dir);

    Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> bali("validate", dir.toString()));

    assertEquals(Bali.OK, run.status(), run.out() + run.err());
    assertEquals("2 files: 2 valid, 0 invalid; 0 errors, 0 warnings, 2 notes",
        run.outLines().get(run.outLines().size() - 1));
  }

  @Test
  void aDanglingLinkIsReportedAndTheOtherFilesAreStillValidated() throws IOException {
    assumePosix();
    statement("a.json");
    Path dangling = Files.createSymbolicLink(dir.resolve("gone.json"), dir.resolve("nowhere.json"));

    Run run = bali("validate", dir.toString());

    assertEquals(Bali.USAGE, run.status());
    assertEquals("bali validate: " + dangling + ": is a symbolic link to nothing\n", run.err());
    assertEquals("2 files: 1 valid, 0 invalid, 1 unreadable; 0 errors, 0 warnings, 1 note",
        run.outLines().get(run.outLines().size() - 1));
  }

  @Test
  void aNamedPipeInADirectoryIsSkippedRatherThanWaitedOn() throws IOException, InterruptedException {
    assumePosix();
    statement("a.json");
    Path fifo = dir.resolve("pipe.json");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not installed: " + e.getMessage());
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo could not make a pipe here");

    Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> bali("validate", dir.toString()));

    assertEquals(Bali.OK, run.status(), run.out() + run.err());
    assertFalse(run.out().contains("pipe.json"), run.out());
    assertTrue(run.out().endsWith("1 file: 1 valid, 0 invalid; 0 errors, 0 warnings, 1 note\n"), run.out());
  }
}
