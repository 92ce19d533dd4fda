package org.balimodel.core.validation;

import java.util.List;
import org.balimodel.core.model.Statement;
import org.balimodel.core.register.Register;

/** The document rules (layer 3): what needs the whole statement and the register. */
final class DocumentRules {
  private DocumentRules() {}

  static List<Issue> check(Statement statement, Register register) {
    // TODO(validation): the document rules of IssueCode.
    return List.of();
  }
}
