package org.balimodel.core.validation;

import java.util.ArrayList;
import java.util.List;

/** Where the document rules put the issues they find, in the order they find them. */
final class IssueList {
  private final List<Issue> issues = new ArrayList<>();

  void add(Issue issue) {
    issues.add(issue);
  }

  List<Issue> toList() {
    return issues;
  }
}
