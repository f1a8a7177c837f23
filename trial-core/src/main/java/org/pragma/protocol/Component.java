package org.pragma.protocol;

import java.util.Optional;

/** One element of an intervention, e.g. physical-therapy sessions, with its dose and who delivers it. */
public record Component(String kind, String description, String deliveredBy, Dose dose) {

  /** Planned count (0 = as clinically indicated), an optional upper count and period, and a note. */
  public record Dose(int count, Optional<Integer> maxCount, Optional<Integer> overWeeks, Optional<String> note) {}
}
