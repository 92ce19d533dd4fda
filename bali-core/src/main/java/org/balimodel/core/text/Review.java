package org.balimodel.core.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.balimodel.core.model.Framework;
import org.balimodel.core.validation.Issue;
import org.balimodel.core.validation.IssueCode;
import org.balimodel.core.validation.Location;

/**
 * The report of a read: each choice the reader was unsure of, with the JSON Pointer of the value in
 * the draft, the line and column of the words it came from, and those words.
 */
final class Review {
  /** A read reports at most this many issues, so that a hostile text cannot make the report huge. */
  static final int MAX_ISSUES = 1000;

  private final Input input;
  private final List<Issue> issues = new ArrayList<>();
  private final Set<String> localsReported = new HashSet<>();
  private int dropped;
  /** Where the span being read starts in the input, and the pointer of the value being built. */
  int base;
  String pointer = "";
  Locals locals;

  Review(Input input) {
    this.input = input;
  }

  void add(IssueCode code, String pointer, int offset, String message) {
    if (issues.size() >= MAX_ISSUES) {
      dropped++;
      return;
    }
    Optional<Location> location = offset < 0 ? Optional.empty() : Optional.of(input.locate(Math.min(offset, input.text.length())));
    issues.add(code.issue(pointer, location, message));
  }

  /** An issue about the span being read, at an offset inside it. */
  void here(IssueCode code, int offsetInSpan, String message) {
    add(code, pointer, base + offsetInSpan, message);
  }

  void localMeeting(Locals.LocalMeeting meeting, int offsetInSpan, boolean plural) {
    if (!localsReported.add(meeting.id)) {
      return;
    }
    add(IssueCode.IMPORT_ENTITY_LOCAL, "/entities/meetings/" + locals.indexOf(meeting), base + offsetInSpan,
        "\"" + meeting.name + "\" is not in the register: it is a meeting of the draft (" + meeting.kind
            + (meeting.convenedBy.isEmpty() ? "" : ", convened by " + String.join(", ", meeting.convenedBy))
            + (meeting.date == null ? ", no date" : ", " + meeting.date) + "); check its facts"
            + (plural ? ", and whether the text names several meetings" : ""));
  }

  void frameworkGuessed(Framework framework, int offsetInSpan, String words) {
    here(IssueCode.IMPORT_REFERENCE_GUESSED, offsetInSpan,
        "\"" + words + "\" names no framework; read as priorities of " + framework.name() + ", the strategy in force on the statement's date");
  }

  List<Issue> issues() {
    if (dropped == 0) {
      return issues;
    }
    List<Issue> all = new ArrayList<>(issues);
    all.add(IssueCode.IMPORT_LIMIT_ISSUES.issue("", "and " + dropped + " more issues of the reader that are not listed"));
    return all;
  }

  /** The words of the input at a span, shortened for a message. */
  String words(int start, int end) {
    String text = input.text.substring(Math.max(0, start), Math.min(end, input.text.length())).replaceAll("\\s+", " ").strip();
    return text.length() > 80 ? text.substring(0, 77) + "…" : text;
  }
}
