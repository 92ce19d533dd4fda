package org.balimodel.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.balimodel.core.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every malformed document of the catalogue is reported with its code at its pointer. */
class MalformedInputTest {

  static List<Catalogue.Case> cases() {
    return Catalogue.cases();
  }

  @Test
  void theCatalogueCoversSyntaxLimitsStructureAndSemantics() {
    List<Catalogue.Case> cases = cases();
    assertTrue(cases.size() >= 30, "cases: " + cases.size());
    assertTrue(cases.stream().map(Catalogue.Case::kind).collect(Collectors.toSet()).size() == 4);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aMalformedDocumentIsReportedWithItsCodeAndPointer(Catalogue.Case c) {
    ReadResult result = BaliJson.builder().limits(c.limits()).build().read(c.input());
    List<Issue> issues = result.report().withCode(c.code());
    String all = result.report().issues().stream().map(Issue::toString).collect(Collectors.joining("\n"));
    assertFalse(issues.isEmpty(), "expected " + c.code() + ", got:\n" + all);
    assertFalse(result.report().isValid(), all);
    if (c.pointer() != null) {
      assertTrue(
          issues.stream().anyMatch(i -> i.pointer().equals(c.pointer())),
          "expected " + c.code() + " at " + c.pointer() + ", got:\n" + all);
    }
    if (!c.kind().equals("semantics")) {
      assertTrue(result.statement().isEmpty(), "no statement is built from a malformed document");
    }
    if (!c.code().equals("json.limit.size") && !c.code().equals("json.io")) {
      assertTrue(issues.stream().allMatch(i -> i.location().isPresent()), "located: " + all);
    }
  }
}
