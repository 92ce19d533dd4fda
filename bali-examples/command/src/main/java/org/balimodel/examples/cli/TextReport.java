package org.balimodel.examples.cli;

import java.io.PrintStream;
import java.util.List;
import org.balimodel.core.validation.Issue;
import org.balimodel.core.validation.Report;
import org.balimodel.examples.cli.Documents.Document;

/**
 * The line format of the {@code bali} command: one line per issue,
 * {@code FILE:LINE:COLUMN: SEVERITY CODE POINTER message}, the form compilers use, so that editors
 * and {@code grep} can jump to it; then the total.
 */
final class TextReport {

  private TextReport() {}

  static void print(PrintStream to, List<Document> documents, Tally tally) {
    for (Document document : documents) {
      printIssues(to, document.name(), document.result().report());
    }
    to.println(tally.line());
  }

  static void printIssues(PrintStream to, String name, Report report) {
    for (Issue issue : report.issues()) {
      to.println(issueLine(name, issue));
    }
  }

  static String issueLine(String name, Issue issue) {
    String where =
        issue.location().map(l -> name + ":" + l.line() + ":" + l.column() + ":").orElse(name + ":");
    // "/" for the whole document: an empty field would shift the columns of the line.
    String pointer = issue.pointer().isEmpty() ? "/" : issue.pointer();
    return where + " " + issue.severity() + " " + issue.code() + " " + pointer + " "
        + Console.oneLine(issue.message());
  }
}
