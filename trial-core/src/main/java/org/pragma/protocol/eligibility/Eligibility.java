package org.pragma.protocol.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A study's eligibility criteria as written in its study.yaml: questions, derived values and rules.
 * {@link #evaluate} screens one patient on a given screening date.
 */
public record Eligibility(List<Question> questions, List<DerivedValue> derived, List<Criterion> criteria) {

  public Eligibility {
    questions = List.copyOf(questions);
    derived = List.copyOf(derived);
    criteria = List.copyOf(criteria);
  }

  public Optional<Question> question(String code) {
    return questions.stream().filter(q -> q.code().equals(code)).findFirst();
  }

  /**
   * Screens a patient. Answers are keyed by question code: yes-no as Boolean (or "yes"/"no"), numbers as
   * Number or numeric text, dates as LocalDate or ISO text, choices as the option code.
   *
   * @throws InvalidAnswersException listing every unknown question, missing required answer, wrong type
   *     or out-of-range value
   */
  /** The typed answers together with the derived values, as conditions (e.g. which baseline instrument) read them. */
  public Map<String, Object> values(Map<String, ?> answers, LocalDate screeningDate) {
    Map<String, Object> values = new LinkedHashMap<>(new AnswerCheck(this).typed(answers));
    values.putAll(derivedValues(values, screeningDate));
    return values;
  }

  public EligibilityResult evaluate(Map<String, ?> answers, LocalDate screeningDate) {
    Map<String, Object> values = new LinkedHashMap<>(new AnswerCheck(this).typed(answers));
    Map<String, Object> derivedValues = derivedValues(values, screeningDate);
    values.putAll(derivedValues);
    List<EligibilityResult.FailedCriterion> failed = new ArrayList<>();
    for (Criterion criterion : criteria) {
      if (!criterion.isMetBy(values)) {
        failed.add(new EligibilityResult.FailedCriterion(criterion.code(), criterion.kind(), criterion.reason()));
      }
    }
    return new EligibilityResult(failed.isEmpty(), derivedValues, failed);
  }

  /**
   * The typed answers plus derived values, as conditions see them; used to decide which instruments
   * apply to a patient (e.g. ODI or NDI by pain location).
   */
  public Map<String, Object> screeningValues(Map<String, ?> answers, LocalDate screeningDate) {
    Map<String, Object> values = new LinkedHashMap<>(new AnswerCheck(this).typed(answers));
    values.putAll(derivedValues(values, screeningDate));
    return values;
  }

  private Map<String, Object> derivedValues(Map<String, Object> typed, LocalDate screeningDate) {
    Map<String, Object> result = new LinkedHashMap<>();
    for (DerivedValue value : derived) {
      Optional<BigDecimal> computed = value.compute(typed, screeningDate);
      computed.ifPresent(v -> result.put(value.code(), v));
    }
    return result;
  }
}
