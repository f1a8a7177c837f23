package org.pragma.protocol.eligibility;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A test on screening answers and derived values, written in protocol files as
 * {@code {value: age, atLeast: 18}}, {@code {value: pain-location, in: [neck]}} or {@code {anyOf: [...]}}.
 * A value that was not answered makes a comparison false.
 */
public sealed interface Condition {

  boolean test(Map<String, Object> values);

  /** The question and derived-value codes this condition reads. */
  List<String> references();

  /** Compares one value: operator is {@code equals}, {@code in}, {@code atLeast} or {@code atMost}. */
  record Comparison(String value, String operator, List<Object> operands) implements Condition {

    public Comparison {
      operands = List.copyOf(operands);
    }

    @Override
    public boolean test(Map<String, Object> values) {
      Object actual = values.get(value);
      if (actual == null) {
        return false;
      }
      return switch (operator) {
        case "atLeast" -> actual instanceof BigDecimal n && n.compareTo((BigDecimal) operands.get(0)) >= 0;
        case "atMost" -> actual instanceof BigDecimal n && n.compareTo((BigDecimal) operands.get(0)) <= 0;
        default -> operands.stream().anyMatch(o -> same(actual, o));
      };
    }

    private static boolean same(Object actual, Object operand) {
      if (actual instanceof BigDecimal a && operand instanceof BigDecimal b) {
        return a.compareTo(b) == 0;
      }
      return actual.equals(operand);
    }

    @Override
    public List<String> references() {
      return List.of(value);
    }
  }

  /** True when any of the conditions is true. */
  record AnyOf(List<Condition> conditions) implements Condition {

    public AnyOf {
      conditions = List.copyOf(conditions);
    }

    @Override
    public boolean test(Map<String, Object> values) {
      return conditions.stream().anyMatch(c -> c.test(values));
    }

    @Override
    public List<String> references() {
      return conditions.stream().flatMap(c -> c.references().stream()).toList();
    }
  }

  /** True when all of the conditions are true. */
  record AllOf(List<Condition> conditions) implements Condition {

    public AllOf {
      conditions = List.copyOf(conditions);
    }

    @Override
    public boolean test(Map<String, Object> values) {
      return conditions.stream().allMatch(c -> c.test(values));
    }

    @Override
    public List<String> references() {
      return conditions.stream().flatMap(c -> c.references().stream()).toList();
    }
  }

  /** All comparisons inside a condition, for checks on the codes and operand types they use. */
  static Stream<Comparison> comparisons(Condition condition) {
    if (condition instanceof Comparison c) {
      return Stream.of(c);
    }
    List<Condition> parts = condition instanceof AnyOf any ? any.conditions() : ((AllOf) condition).conditions();
    return parts.stream().flatMap(Condition::comparisons);
  }
}
