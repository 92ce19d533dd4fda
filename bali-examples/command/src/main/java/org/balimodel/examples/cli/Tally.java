package org.balimodel.examples.cli;

import java.util.List;
import org.balimodel.core.validation.Severity;
import org.balimodel.examples.cli.Documents.Document;
import org.balimodel.examples.cli.Documents.Unreadable;

/**
 * The totals of one {@code validate} run, shared by the text and the JSON report so that both
 * count alike: files named or found, how many are valid, invalid and unreadable, and issues by
 * severity.
 */
record Tally(
    long files, long valid, long invalid, long unreadable, long errors, long warnings, long notes) {

  static Tally of(List<Document> documents, List<Unreadable> unreadable) {
    long invalid = documents.stream().filter(d -> !d.result().isValid()).count();
    return new Tally(
        documents.size() + (long) unreadable.size(),
        documents.size() - invalid,
        invalid,
        unreadable.size(),
        count(documents, Severity.ERROR),
        count(documents, Severity.WARNING),
        count(documents, Severity.INFO));
  }

  /** Valid only when every document was read and none has an error. */
  boolean allValid() {
    return invalid == 0 && unreadable == 0;
  }

  /** The exit status: an unreadable input (2) wins over an invalid document (1). */
  int status() {
    return unreadable > 0 ? Bali.USAGE : invalid > 0 ? Bali.INVALID : Bali.OK;
  }

  /** {@code 2 files: 1 valid, 1 invalid; 1 error, 0 warnings, 2 notes}. */
  String line() {
    return plural(files, "file") + ": " + valid + " valid, " + invalid + " invalid"
        + (unreadable > 0 ? ", " + unreadable + " unreadable" : "") + "; "
        + plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(notes, "note");
  }

  private static long count(List<Document> documents, Severity severity) {
    return documents.stream().mapToLong(d -> d.result().report().issues(severity).size()).sum();
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
