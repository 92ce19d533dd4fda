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
 * The value is an ISO 3166-1 alpha-3 country or territory code (AUS, IDN, HKG).
 *
 * <p>Pattern: <code>[A-Z]{3}</code>, at most 3 characters. Reported under the code
 * {@code constraint.country-code}.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[A-Z]{3}")
@Size(min = 1, max = 3)
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface CountryCode {
  /** The message reported when the value does not match. */
  String message() default "must be an ISO 3166-1 alpha-3 code, such as IDN";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
