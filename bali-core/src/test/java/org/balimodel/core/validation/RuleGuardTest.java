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
    IssueSink issues = new IssueSink(Integer.MAX_VALUE);
    RuleGuard guard = new RuleGuard(issues);
    AtomicInteger runs = new AtomicInteger();
    assertFalse(guard.run(Rule.CO_CHAIRS, "/meeting/coChairs/0", () -> {
      runs.incrementAndGet();
      throw new IllegalStateException("broken");
    }));
    assertFalse(guard.run(Rule.CO_CHAIRS, "/meeting/coChairs/1", () -> runs.incrementAndGet() > 0));
    assertTrue(guard.run(Rule.PARTICIPANTS, "/meeting/participants/0", () -> true));
    assertEquals(1, runs.get());
    assertEquals(1, issues.issues().size());
    Issue issue = issues.issues().get(0);
    assertEquals("validation.rule-failed", issue.code());
    assertEquals("/meeting/coChairs/0", issue.pointer());
    assertTrue(issue.message().contains("co-chairs") && issue.message().contains("IllegalStateException"), issue.message());
    assertTrue(guard.hasFailed(Rule.CO_CHAIRS));
    assertFalse(guard.hasFailed(Rule.PARTICIPANTS));
  }

  @Test
  void aStackOverflowInARuleIsReportedNotThrown() {
    IssueSink issues = new IssueSink(Integer.MAX_VALUE);
    RuleGuard guard = new RuleGuard(issues);
    assertFalse(guard.run(Rule.DATES, "", () -> {
      throw new StackOverflowError();
    }));
    assertEquals("validation.rule-failed", issues.issues().get(0).code());
  }
}
