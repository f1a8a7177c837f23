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

/**
 * Text a person types: a name (one line, at most {@value #NAME} characters by default) or, with
 * {@code multiline}, a reason or note (tabs and line breaks allowed, at most {@value #REASON}: what
 * the audit trail keeps). Control characters are refused everywhere else: they are invisible on
 * screen and in exports, and PostgreSQL refuses NUL in text. Null passes; pair with
 * {@link Required} when the text must be given. The boundary answers a violation with 422.
 */
@Documented
@Constraint(validatedBy = FreeText.Check.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface FreeText {
  int NAME = 200;
  int REASON = 1000;

  /** The longest text accepted, in characters. */
  int max() default NAME;

  /** Whether tabs and line breaks are allowed (reasons, notes). */
  boolean multiline() default false;

  String message() default "is not acceptable text";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Length first (a megabyte is refused without a scan), then each character. */
  class Check implements ConstraintValidator<FreeText, CharSequence> {
    private int max;
    private boolean multiline;

    @Override
    public void initialize(FreeText annotation) {
      max = annotation.max();
      multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      String problem = problem(value, max, multiline);
      if (problem == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(problem.replace("{", "\\{").replace("$", "\\$")).addConstraintViolation();
      return false;
    }

    /** What is wrong with {@code value} as free text, or null when nothing is. */
    public static String problem(CharSequence value, int max, boolean multiline) {
      if (value == null) {
        return null;
      }
      if (value.length() > max) {
        return "must be at most " + max + " characters (it has " + value.length() + ")";
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (Character.getType(c) == Character.CONTROL && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
          return (multiline ? "must not contain control characters other than tabs and line breaks"
              : "must be one line without control characters") + " (found U+" + String.format("%04X", (int) c) + " at position " + (i + 1) + ")";
        }
      }
      return null;
    }
  }
}
