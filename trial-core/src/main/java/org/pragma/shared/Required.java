package org.pragma.shared;

import org.pragma.shared.Required;
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

/**
 * A value must be given: not null and, for text, not blank. Same rule as {@code @NotBlank}; Pragma
 * uses its own because Payara 6.2025.9's OpenAPI scanner throws on {@code @NotBlank} in request
 * records next to a path parameter (payara/Payara#7649), and it leaves unknown constraints alone.
 */
@Documented
@Constraint(validatedBy = Required.Check.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Required {
  String message() default "is required";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Not null, and not blank when it is text. */
  class Check implements ConstraintValidator<Required, Object> {
    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
      return value != null && !(value instanceof CharSequence text && text.toString().isBlank());
    }
  }
}
