package org.balimodel.core.model;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The value is an identifier of a meeting, framework, priority, instrument, initiative or statement: a slug of lower-case letters and digits joined by hyphens (ahg-som-16, soc-2018-priority-2).
 *
 * <p>Pattern: <code>[a-z0-9]+(-[a-z0-9]+)*</code>, at most 80 characters. Reported under the code
 * {@code constraint.slug}.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
@Size(min = 1, max = 80)
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Slug {
  /** The message reported when the value does not match. */
  String message() default "must be a slug of lower-case letters and digits joined by hyphens, such as ahg-som-16";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
