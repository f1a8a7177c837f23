package org.pragma.protocol;

import java.util.Map;
import java.util.Optional;
import org.pragma.protocol.eligibility.Condition;

/** An instrument collected at a visit, possibly only for some patients (ODI for low back, NDI for neck). */
public record InstrumentUse(String code, Optional<Condition> when) {

  /** Whether this patient, with these screening answers and derived values, completes the instrument. */
  public boolean appliesTo(Map<String, Object> screeningValues) {
    return when.map(c -> c.test(screeningValues)).orElse(true);
  }
}
