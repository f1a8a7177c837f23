package org.pragma.web.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * JSON-B as the API reads request bodies: whole numbers and yes/no values are taken only when they
 * fit exactly. JSON-B on its own truncates ({@code 1.5} becomes 1, {@code 99999999999} wraps to
 * 1215752191, {@code 1e400} becomes 0) and reads any text as a yes/no; a count or a decision
 * silently changed is worse than a refused request. The refusal names the field (see
 * {@link MalformedBodyMapper}).
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {
  private static final Jsonb JSONB = create();

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  static Jsonb create() {
    return JsonbBuilder.create(new JsonbConfig().withDeserializers(new WholeNumber(), new LongNumber(), new YesNo()));
  }

  /** A value the field cannot hold; its message is written for the user, after the field's name. */
  public static final class Unfit extends JsonbException {
    Unfit(String message) {
      super(message);
    }
  }

  /** The JSON number at the parser, or a refusal saying what was {@code expected}. */
  static BigDecimal number(JsonParser parser, String expected) {
    JsonValue value = parser.getValue();
    if (value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonNumber n)) {
      throw new Unfit("must be " + expected + ", written as a JSON number");
    }
    return n.bigDecimalValue();
  }

  /** Integers: whole numbers from -2147483648 to 2147483647, nothing rounded. */
  static final class WholeNumber implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
      String expected = "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
      BigDecimal n = number(parser, expected);
      try {
        return n == null ? null : n.intValueExact();
      } catch (ArithmeticException e) {
        throw new Unfit("must be " + expected);
      }
    }
  }

  /** Longs (ids): whole numbers within 64 bits, nothing rounded. */
  static final class LongNumber implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
      String expected = "a whole number";
      BigDecimal n = number(parser, expected);
      try {
        return n == null ? null : n.longValueExact();
      } catch (ArithmeticException e) {
        throw new Unfit("must be " + expected + " from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
      }
    }
  }

  /** Yes/no values: JSON {@code true} or {@code false} only, not text or numbers. */
  static final class YesNo implements JsonbDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
      JsonValue value = parser.getValue();
      if (value == JsonValue.NULL) {
        return null;
      }
      if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
        return value == JsonValue.TRUE;
      }
      throw new Unfit("must be true or false");
    }
  }
}
