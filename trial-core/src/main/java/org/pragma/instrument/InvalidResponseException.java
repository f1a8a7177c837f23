package org.pragma.instrument;

import java.util.List;
import java.util.stream.Collectors;

/** A response that names unknown items or holds values outside the scoring key; lists every such item. */
public final class InvalidResponseException extends RuntimeException {

  private final String instrument;
  private final transient List<ItemError> errors;

  public InvalidResponseException(String instrument, List<ItemError> errors) {
    super(instrument + ": " + errors.stream().map(e -> e.item() + " " + e.message())
        .collect(Collectors.joining("; ")));
    this.instrument = instrument;
    this.errors = List.copyOf(errors);
  }

  /** Stable problem type slug for the REST problem document. */
  public String problemType() {
    return "invalid-instrument-response";
  }

  public String instrument() {
    return instrument;
  }

  public List<ItemError> errors() {
    return errors;
  }
}
