package org.balimodel.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.balimodel.core.validation.RuleGuard.Rule;
import org.junit.jupiter.api.Test;

class RuleGuardTest {

  @Test
  void aRuleThatThrowsIsReportedByNameAndNotRunAgainWhileTheOtherRulesGoOn() {
    IssueList issues = new IssueList();
    RuleGuard guard = new RuleGuard(issues);
    AtomicInteger runs = new AtomicInteger();
    assertFalse(guard.run(Rule.CO_CHAIRS, "/meeting/coChairs/0", () -> {
      runs.incrementAndGet();
      throw new IllegalStateException("broken");
    }));
    assertFalse(guard.run(Rule.CO_CHAIRS, "/meeting/coChairs/1", () -> runs.incrementAndGet() > 0));
    assertTrue(guard.run(Rule.PARTICIPANTS, "/meeting/participants/0", () -> true));
    assertEquals(1, runs.get());
    assertEquals(1, issues.toList().size());
    Issue issue = issues.toList().get(0);
    assertEquals("validation.rule-failed", issue.code());
    assertEquals("/meeting/coChairs/0", issue.pointer());
    assertTrue(issue.message().contains("co-chairs") && issue.message().contains("IllegalStateException"), issue.message());
    assertTrue(guard.hasFailed(Rule.CO_CHAIRS));
    assertFalse(guard.hasFailed(Rule.PARTICIPANTS));
  }

  @Test
  void aStackOverflowInARuleIsReportedNotThrown() {
    IssueList issues = new IssueList();
    RuleGuard guard = new RuleGuard(issues);
    assertFalse(guard.run(Rule.DATES, "", () -> {
      throw new StackOverflowError();
    }));
    assertEquals("validation.rule-failed", issues.toList().get(0).code());
  }
}
