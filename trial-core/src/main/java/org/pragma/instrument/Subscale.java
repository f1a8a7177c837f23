package org.pragma.instrument;

import java.util.List;

/** A named sum over some items, e.g. PCS rumination (items 8-11) or the STarT Back psychosocial subscale. */
public record Subscale(String code, String name, List<String> items) {

  public Subscale {
    items = List.copyOf(items);
  }
}
