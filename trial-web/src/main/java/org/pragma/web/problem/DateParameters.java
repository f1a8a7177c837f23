package org.pragma.web.problem;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.pragma.shared.PlausibleDates;

/**
 * Query parameters typed as dates take ISO dates ({@code 2026-11-23}) from 1900 to 2200; anything
 * else is a 400 naming the parameter. ISO also parses {@code +999999999-12-31}, whose next day
 * does not exist: refused here, before a service adds a day to it.
 */
@Provider
public class DateParameters implements ParamConverterProvider {
  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (rawType != LocalDate.class) {
      return null;
    }
    String name = nameOf(annotations);
    return (ParamConverter<T>) new ParamConverter<LocalDate>() {
      @Override
      public LocalDate fromString(String value) {
        return value == null || value.isBlank() ? null : parse(name, value);
      }

      @Override
      public String toString(LocalDate value) {
        return value == null ? null : value.toString();
      }
    };
  }

  /** {@code value} as a plausible date, or an {@link InvalidDateParameter} naming {@code name}. */
  public static LocalDate parse(String name, String value) {
    String problem = problem(name, value);
    if (problem != null) {
      throw new InvalidDateParameter(name, problem);
    }
    return LocalDate.parse(value.strip());
  }

  /** What is wrong with {@code value} as the date parameter {@code name}, or null when nothing is. */
  static String problem(String name, String value) {
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      return "'" + name + "' is '" + value + "', not a date; use the ISO form YYYY-MM-DD, e.g. 2026-11-23.";
    }
    return PlausibleDates.contains(date) ? null : PlausibleDates.rule(name);
  }

  private static String nameOf(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a instanceof QueryParam q) {
        return q.value();
      }
    }
    return "date";
  }

  /** A date parameter that is not an ISO date, or not one a trial can mean. */
  public static final class InvalidDateParameter extends jakarta.ws.rs.BadRequestException {
    InvalidDateParameter(String name, String detail) {
      super(Problem.of(Response.Status.BAD_REQUEST, "invalid-date", detail, List.of(new Problem.FieldError(name, detail)))
          .toResponse());
    }
  }
}
