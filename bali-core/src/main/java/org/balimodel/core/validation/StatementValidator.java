package org.balimodel.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.balimodel.core.model.Statement;
import org.balimodel.core.register.Register;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates a {@link Statement} against its constraints and the rules of the Bali Process, and
 * returns a {@link Report} of everything wrong.
 *
 * <p>Two layers land in one report: the Jakarta Validation constraints on the model's attributes
 * (patterns, not-blank, positive numbers), then the document rules that need the whole statement
 * and the {@link Register} (references resolve, co-chairs are participants, dates agree). Codes are
 * listed in {@link IssueCode}.
 *
 * <p>A validator is immutable and thread-safe: create one and share it. The Jakarta Validation
 * factory behind it is built once per process, on first use, because building it costs far more
 * than a validation. {@link #validate(Statement)} never throws for bad data: whatever the
 * statement holds, the answer is a report.
 *
 * <p>The work per statement is bounded: a report lists at most {@link #DEFAULT_MAX_ISSUES} issues
 * (and counts the rest), and a very large statement (50,000 values or more) has its constraints
 * checked one property, and one slice of a long list, at a time, so that memory follows the cap
 * rather than the number of broken values. Validation prints nothing: Hibernate Validator's
 * version notice ({@code HV000001}) is silenced by raising the level of its JUL logger
 * {@code org.hibernate.validator.internal.util.Version} to {@code WARNING} before the factory is
 * built.
 */
public final class StatementValidator {

  /**
   * How many issues {@link #validate(Statement)} lists at most: the same as the JSON reader's
   * default cap. A real statement has a handful; a thousand already says "this is not a
   * statement", and listing a million would cost more memory than the statement itself.
   */
  public static final int DEFAULT_MAX_ISSUES = 1000;

  private final Register register;

  private StatementValidator(Register register) {
    this.register = register;
  }

  /** A validator against the register bali ships, {@link Register#baliProcess()}. */
  public static StatementValidator create() {
    return new StatementValidator(Register.baliProcess());
  }

  /** A validator against another register. */
  public static StatementValidator create(Register register) {
    return new StatementValidator(Objects.requireNonNull(register, "register"));
  }

  /** The register statements are validated against. */
  public Register register() {
    return register;
  }

  /**
   * Validates a statement: constraints first, then document rules.
   *
   * @param statement the statement; {@code null} is reported, not thrown
   * @return every issue found; empty for a valid statement with nothing to remark
   */
  public Report validate(Statement statement) {
    return validate(statement, DEFAULT_MAX_ISSUES);
  }

  /**
   * Validates a statement, listing at most {@code maxIssues} issues: past them the rest are counted
   * and the report ends with one {@link IssueCode#JSON_LIMIT_ISSUES} issue saying how many more
   * there were ({@link Report#tooMany()}).
   *
   * @param statement the statement; {@code null} is reported, not thrown
   * @param maxIssues how many issues the report lists at most; not negative
   * @return every issue found up to the cap; empty for a valid statement with nothing to remark
   * @throws IllegalArgumentException when {@code maxIssues} is negative
   */
  public Report validate(Statement statement, int maxIssues) {
    IssueSink issues = new IssueSink(maxIssues);
    if (statement == null) {
      issues.add(IssueCode.RULE_FAILED.issue("", "there is no statement to validate"));
      return issues.report();
    }
    if (Constraints.isLarge(statement)) {
      Constraints.checkPropertyByProperty(Factory.VALIDATOR, statement, issues);
    } else {
      issues.addAll(constraints(statement));
    }
    try {
      DocumentRules.check(statement, register, issues);
    } catch (RuntimeException | StackOverflowError e) {
      // Each rule guards itself; this is the last line of defence for the walk as a whole.
      issues.add(IssueCode.RULE_FAILED.issue("", "the document rules could not be checked: " + e.getClass().getSimpleName()));
    }
    return issues.report();
  }

  private static List<Issue> constraints(Object value) {
    Set<ConstraintViolation<Object>> violations;
    try {
      violations = Factory.VALIDATOR.validate(value);
    } catch (RuntimeException | StackOverflowError e) {
      return List.of(IssueCode.RULE_FAILED.issue("", "the attribute constraints could not be checked: " + e.getClass().getSimpleName()));
    }
    List<Issue> issues = new ArrayList<>(violations.size());
    for (ConstraintViolation<Object> violation : violations) {
      issues.add(issue(violation, ""));
    }
    // Jakarta Validation returns a hash set; sort so the same statement always gives the same report.
    issues.sort(Comparator.comparing(Issue::pointer).thenComparing(Issue::code));
    return issues;
  }

  /** A violation as an issue; {@code base} is the pointer of the object that was validated. */
  static Issue issue(ConstraintViolation<?> violation, String base) {
    String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return Issue.of(
        Severity.ERROR,
        "constraint." + kebab(constraint),
        base + pointer(violation.getPropertyPath(), 0),
        violation.getMessage());
  }

  /** {@code sections[0].paragraphs[2].clause} becomes {@code /sections/0/paragraphs/2/clause}. */
  static String pointer(Path path) {
    return pointer(path, 0);
  }

  /**
   * As {@link #pointer(Path)}, with {@code offset} added to the first index: the path of a
   * violation found in a slice of a list counts from the slice's start.
   */
  static String pointer(Path path, int offset) {
    String out = "";
    boolean first = true;
    for (Path.Node node : path) {
      // The index (or key) of a node locates it in the container named by the node before it.
      if (node.getIndex() != null) {
        out = Pointers.append(out, node.getIndex() + (first ? offset : 0));
        first = false;
      } else if (node.getKey() != null) {
        out = Pointers.append(out, String.valueOf(node.getKey()));
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        out = Pointers.append(out, name);
      }
    }
    return out;
  }

  private static String kebab(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        out.append('-');
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Built once per class loader, on first use. */
  private static final class Factory {
    static final Validator VALIDATOR = build();

    private static Validator build() {
      Quiet.hibernateValidatorVersionNotice();
      // ParameterMessageInterpolator: messages substitute constraint parameters only; no expression
      // language is loaded, so no text can ever be evaluated as an expression.
      ValidatorFactory factory =
          Validation.byProvider(HibernateValidator.class)
              .configure()
              .messageInterpolator(new ParameterMessageInterpolator())
              .buildValidatorFactory();
      return factory.getValidator();
    }
  }
}
