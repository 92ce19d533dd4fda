package org.balimodel.core.validation;

import static org.balimodel.core.validation.Messages.quote;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.balimodel.core.register.EntityKind;
import org.balimodel.core.model.Member;
import org.balimodel.core.model.MemberStatus;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Standing;
import org.balimodel.core.model.Statement;
import org.balimodel.core.register.Register;
import org.balimodel.core.validation.RuleGuard.Rule;

/**
 * What every family of document rules shares while one statement is validated: the statement, the
 * register, the index of entities, the guard the checks run under, and where issues go.
 */
final class RuleContext {
  final Statement statement;
  final Register register;
  final EntityIndex index;
  private final RuleGuard guard;
  private final IssueSink issues;
  /** Where each identifier the statement defines was first defined. */
  final Map<String, String> definedAt = new HashMap<>();

  RuleContext(Statement statement, Register register, EntityIndex index, RuleGuard guard, IssueSink issues) {
    this.statement = statement;
    this.register = register;
    this.index = index;
    this.guard = guard;
    this.issues = issues;
  }

  /** Runs one check of {@code rule}; see {@link RuleGuard#run}. */
  boolean guarded(Rule rule, String pointer, BooleanSupplier check) {
    return guard.run(rule, pointer, check);
  }

  void report(IssueCode code, String pointer, String message) {
    issues.add(code.issue(pointer, message));
  }

  /** The pointer to element {@code index} of the list {@code field} under {@code base}. */
  static String at(String base, String field, int index) {
    return base + "/" + field + "/" + index;
  }

  /** The pointer to {@code field} under {@code base}, or to its element {@code position} when that is not -1. */
  static String pointer(String base, String field, int position) {
    return position < 0 ? base + "/" + field : at(base, field, position);
  }

  /** Whether the statement is an excerpt, so that rules needing the whole text stand down. */
  boolean excerpt() {
    return statement.isExcerpt();
  }

  /**
   * Whether {@code id} names an entity of one of the {@code allowed} kinds; reports the reference
   * otherwise. {@code position} is the position in {@code field}'s list, or -1 for a single value.
   */
  boolean resolves(String base, String field, int position, String id, Set<EntityKind> allowed) {
    return guarded(Rule.REFERENCES, base, () -> {
      for (EntityKind kind : allowed) {
        if (index.find(kind, id) != null) {
          return true;
        }
      }
      String pointer = pointer(base, field, position);
      EntityKind actual = index.kindOf(id);
      if (actual == null) {
        report(
            IssueCode.REFERENCE_UNRESOLVED,
            pointer,
            quote(id) + " names no " + Kinds.describeWithout(allowed) + " of the register or of the statement");
      } else {
        report(
            IssueCode.REFERENCE_WRONG_KIND,
            pointer,
            quote(id) + " is " + actual.withArticle() + ", but " + Kinds.describe(allowed) + " is required here");
      }
      return false;
    });
  }

  /** The member's status on the date; with no date known, its latest status. */
  static MemberStatus status(Member member, PartialDate date) {
    if (date != null) {
      return member.statusOn(date).orElse(null);
    }
    return member.standings().isEmpty() ? null : member.standings().get(member.standings().size() - 1).status();
  }

  /**
   * The member's status on the date if the standings whose start is only a lower bound ("a member by
   * 2019") are taken to have begun at any time: what the member may have been, as opposed to what
   * the sources attest.
   */
  static MemberStatus possibleStatus(Member member, PartialDate date) {
    MemberStatus status = null;
    for (Standing standing : member.standings()) {
      boolean begun = standing.since().isEmpty() || date == null || !standing.since().get().isAfter(date);
      if (begun) {
        status = standing.status();
      }
    }
    return status;
  }

  static String describe(MemberStatus status) {
    return status == null ? "neither member nor observer" : status == MemberStatus.OBSERVER ? "an observer" : "a member";
  }
}
