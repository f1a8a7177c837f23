package org.pragma.web.problem;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query parameters typed as dates take ISO dates ({@code 2026-11-23}); anything else is a clear 400. */
@Provider
public class DateParameters implements ParamConverterProvider {
  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (rawType != LocalDate.class) {
      return null;
    }
    return (ParamConverter<T>) new ParamConverter<LocalDate>() {
      @Override
      public LocalDate fromString(String value) {
        if (value == null || value.isBlank()) {
          return null;
        }
        try {
          return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
          throw new InvalidDateParameter(value);
        }
      }

      @Override
      public String toString(LocalDate value) {
        return value == null ? null : value.toString();
      }
    };
  }

  /** A date parameter that is not an ISO date. */
  public static final class InvalidDateParameter extends jakarta.ws.rs.BadRequestException {
    InvalidDateParameter(String value) {
      super(Problem.of(jakarta.ws.rs.core.Response.Status.BAD_REQUEST, "invalid-date",
          "'" + value + "' is not a date; use the ISO form YYYY-MM-DD, e.g. 2026-11-23.").toResponse());
    }
  }
}
