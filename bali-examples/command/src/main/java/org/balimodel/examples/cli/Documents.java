package org.balimodel.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.balimodel.core.validation.Issue;
import org.balimodel.examples.Seed;
import org.balimodel.json.BaliJson;
import org.balimodel.core.validation.IssueCode;
import org.balimodel.json.ReadResult;

/**
 * The documents named on a command line: files, directories walked for their {@code *.json}
 * files, {@code -} for standard input, or the bundled seed. An input that cannot be read becomes
 * an {@link Unreadable} entry, never an exception, so that one bad entry does not stop the rest.
 */
final class Documents {

  /** The operand that stands for standard input. */
  static final String STANDARD_INPUT = "-";

  /** The name issues of standard input are printed under. */
  static final String STANDARD_INPUT_NAME = "<stdin>";

  static final String NO_SUCH_FILE = "there is no such file or directory";
  static final String IS_A_DIRECTORY = "is a directory";

  private Documents() {}

  /** A document read, under the name its issues are printed with. */
  record Document(String name, ReadResult result) {}

  /** An input that could not be read, and why, in words for the user. */
  record Unreadable(String name, String reason) {}

  /** What reading one operand gave: a document, or why there is none. */
  record Outcome(Optional<Document> document, Optional<Unreadable> unreadable) {
    static Outcome of(Document document) {
      return new Outcome(Optional.of(document), Optional.empty());
    }

    static Outcome unreadable(String name, String reason) {
      return new Outcome(Optional.empty(), Optional.of(new Unreadable(name, reason)));
    }
  }

  /** The bundled seed statement. */
  static Document seed(BaliJson json) {
    return new Document(Seed.NAME, json.read(Seed.bytes()));
  }

  /**
   * Reads one named document: {@code -} is standard input, a directory is refused (the single-
   * document commands take one statement), anything else is read as a file, whatever its kind, so
   * that a pipe such as {@code <(zcat a.json.gz)} works.
   */
  static Outcome read(BaliJson json, String operand, Console console) {
    if (operand.equals(STANDARD_INPUT)) {
      return checked(STANDARD_INPUT_NAME, json.read(console.in()));
    }
    Path path = Path.of(operand);
    if (Files.isDirectory(path)) {
      return Outcome.unreadable(operand, IS_A_DIRECTORY);
    }
    return readFile(json, path, operand);
  }

  /**
   * The one document of {@code summary} and {@code render}: the bundled seed without an operand.
   * Empty, after saying why on standard error, when the command line or the input is unusable.
   */
  static Optional<Document> single(String command, List<String> files, Console console) {
    if (files.size() > 1) {
      console.usageError(command, "takes at most one FILE, not " + files.size());
      return Optional.empty();
    }
    BaliJson json = BaliJson.create();
    if (files.isEmpty()) {
      return Optional.of(Documents.seed(json));
    }
    Documents.Outcome outcome = Documents.read(json, files.get(0), console);
    outcome.unreadable().ifPresent(u -> console.unreadable(command, u.name(), u.reason()));
    return outcome.document();
  }

  /** Reads a file; a missing file or a failed read is unreadable, bad text is a report. */
  static Outcome readFile(BaliJson json, Path path, String name) {
    if (!Files.exists(path)) {
      return Outcome.unreadable(name, Files.isSymbolicLink(path)
          ? "is a symbolic link to nothing" : NO_SUCH_FILE);
    }
    return checked(name, json.read(path));
  }

  private static Outcome checked(String name, ReadResult result) {
    Optional<Issue> io = ioIssue(result);
    return io.isPresent()
        ? Outcome.unreadable(name, io.get().message())
        : Outcome.of(new Document(name, result));
  }

  /** The I/O failure a read reports, when reading failed for want of the input, not its text. */
  private static Optional<Issue> ioIssue(ReadResult result) {
    return result.report().withCode(IssueCode.JSON_IO.code()).stream().findFirst();
  }

  /** The files a directory stands for, and the entries under it that could not be read. */
  record Found(List<Path> files, List<Unreadable> unreadable) {}

  /**
   * Every {@code *.json} regular file in {@code directory} and below, in name order. Links are
   * followed, and a link back to an enclosing directory is skipped (its files are found once,
   * under their first path); files that are not regular (pipes, devices) are skipped, since
   * reading them may never end. A subdirectory that cannot be listed and a link to nothing are
   * reported, and the walk goes on.
   */
  static Found walk(Path directory) {
    List<Path> files = new ArrayList<>();
    List<Unreadable> unreadable = new ArrayList<>();
    try {
      Files.walkFileTree(
          directory,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (isJson(file)) {
                if (attributes.isRegularFile()) {
                  files.add(file);
                } else if (attributes.isSymbolicLink()) {
                  // Following the link failed, so the walker fell back to the link itself.
                  unreadable.add(new Unreadable(file.toString(), "is a symbolic link to nothing"));
                }
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (!(e instanceof FileSystemLoopException)) {
                unreadable.add(new Unreadable(file.toString(), reason(e)));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
              if (e != null) {
                unreadable.add(new Unreadable(dir.toString(), reason(e)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // The visitor never stops the walk, so only the start itself can fail here.
      unreadable.add(new Unreadable(directory.toString(), reason(e)));
    }
    files.sort(Comparator.naturalOrder());
    unreadable.sort(Comparator.comparing(Unreadable::name));
    return new Found(files, unreadable);
  }

  private static boolean isJson(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /** The reason for a failed file-system operation, in words rather than an exception name. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return NO_SUCH_FILE;
    }
    return "cannot be read" + Console.describe(e);
  }
}
