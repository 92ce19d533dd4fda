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
 * The value is an identifier of an organisation, body or partner: its registered acronym in capitals, words joined by hyphens (AUS, IOM, WG-TIP, TEG-RR).
 *
 * <p>Pattern: <code>[A-Z][A-Z0-9]*(-[A-Z0-9]+)*</code>, at most 32 characters. Reported under the code
 * {@code constraint.acronym}.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[A-Z][A-Z0-9]*(-[A-Z0-9]+)*")
@Size(min = 1, max = 32)
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Acronym {
  /** The message reported when the value does not match. */
  String message() default "must be an acronym in capitals, words joined by hyphens, such as WG-TIP";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
