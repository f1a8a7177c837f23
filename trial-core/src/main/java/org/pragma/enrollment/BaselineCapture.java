package org.pragma.enrollment;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.pragma.instrument.InvalidResponseException;
import org.pragma.instrument.Score;
import org.pragma.protocol.InstrumentUse;

/**
 * The baseline instruments the protocol names for this patient (ODI for low back, NDI for neck...),
 * each scored with the instrument's rules. Every problem of every instrument is reported at once; an
 * instrument the patient does not complete, or one too incomplete to score, is refused.
 */
final class BaselineCapture {
  private static final Jsonb JSON = JsonbBuilder.create();

  /** One scored baseline instrument, with its answers as stored. */
  record Captured(String instrument, String answersJson, Score score) {}

  private BaselineCapture() {}

  static List<Captured> capture(List<InstrumentUse> uses, Map<String, Object> patientValues,
      Map<String, Map<String, Object>> given, BiFunction<String, Map<String, Object>, Score> scorer) {
    List<EnrollmentError> errors = new ArrayList<>();
    Map<String, Captured> captured = new LinkedHashMap<>();
    List<String> expected = uses.stream().filter(u -> u.appliesTo(patientValues)).map(InstrumentUse::code).toList();
    for (String code : given.keySet()) {
      if (!expected.contains(code)) {
        errors.add(new EnrollmentError("baseline." + code, "is not collected at baseline for this patient; expected "
            + String.join(", ", expected)));
      }
    }
    for (String code : expected) {
      Map<String, Object> answers = given.get(code);
      if (answers == null || answers.isEmpty()) {
        errors.add(new EnrollmentError("baseline." + code, "is required at baseline for this patient"));
        continue;
      }
      try {
        Score score = scorer.apply(code, answers);
        if (!score.isScored()) {
          errors.add(new EnrollmentError("baseline." + code, "has too many unanswered items to be scored ("
              + score.itemsAnswered() + " of " + score.itemCount() + " answered)"));
        } else {
          captured.put(code, new Captured(code, JSON.toJson(new TreeMap<>(answers)), score));
        }
      } catch (InvalidResponseException e) {
        e.errors().forEach(item -> errors.add(new EnrollmentError("baseline." + code + "." + item.item(), item.message())));
      }
    }
    if (!errors.isEmpty()) {
      throw new EnrollmentRefusedException("baseline-invalid",
          "The baseline data are missing, incomplete or out of range: see errors.", errors);
    }
    return List.copyOf(captured.values());
  }
}
