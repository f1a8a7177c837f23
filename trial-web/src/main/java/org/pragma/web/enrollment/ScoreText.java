package org.pragma.web.enrollment;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pragma.instrument.Score;
import org.pragma.instrument.ScoreHeadline;
import org.pragma.protocol.ProtocolService;
import org.pragma.shared.DomainException;

/**
 * A score as one line of text for forms: "40.0 % (10 of 10 items)", "T 58.6 (SE 1.5) · raw 15 (6 of 6 items)"
 * for PROMIS, or what is still missing.
 */
public final class ScoreText {
  private ScoreText() {}

  public static String of(ProtocolService protocols, String instrument, Map<String, Object> answers) {
    Map<String, Object> given = answered(answers);
    if (given.isEmpty()) {
      return "Not answered yet";
    }
    try {
      return describe(protocols.score(instrument, given));
    } catch (DomainException | jakarta.ejb.EJBException e) {
      return "Check the answers";
    }
  }

  /** The answered items of a form, radio values (text) as numbers. */
  public static Map<String, Object> answered(Map<String, Object> answers) {
    Map<String, Object> given = new LinkedHashMap<>();
    if (answers != null) {
      answers.forEach((k, v) -> {
        if (v != null && !v.toString().isBlank()) {
          given.put(k, v.toString().matches("-?\\d+") ? Integer.valueOf(v.toString()) : v);
        }
      });
    }
    return given;
  }

  static String describe(Score s) {
    if (!s.isScored()) {
      return "Incomplete: " + s.itemsAnswered() + " of " + s.itemCount() + " items answered";
    }
    StringBuilder text = new StringBuilder();
    text.append(ScoreHeadline.of(s.total(), s.percent(), s.tScore()));
    s.riskGroup().ifPresent(g -> text.append(" · ").append(g).append(" risk"));
    s.band().ifPresent(b -> text.append(" · ").append(b));
    return text.append(" (").append(s.itemsAnswered()).append(" of ").append(s.itemCount()).append(" items)").toString();
  }
}
