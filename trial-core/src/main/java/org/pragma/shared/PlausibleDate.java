package org.pragma.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date a person could mean: from {@link PlausibleDates#FLOOR} to {@link PlausibleDates#CEILING}.
 * Null passes. The boundary answers a violation with 422, like {@link FreeText}.
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Check.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlausibleDate {
  String message() default "must be a date from 1900-01-01 to 2200-12-31";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Within the plausible range, or absent. */
  class Check implements ConstraintValidator<PlausibleDate, LocalDate> {
    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      return value == null || PlausibleDates.contains(value);
    }
  }
}
