package org.pragma.instrument;

import org.pragma.shared.DomainException;
import java.util.List;
import java.util.stream.Collectors;

/** A response that names unknown items or holds values outside the scoring key; lists every such item. */
public final class InvalidResponseException extends DomainException {

  private final String instrument;
  private final transient List<ItemError> errors;

  public InvalidResponseException(String instrument, List<ItemError> errors) {
    super(Kind.RULE, "invalid-instrument-response", instrument + ": " + errors.stream().map(e -> e.item() + " " + e.message())
        .collect(Collectors.joining("; ")));
    this.instrument = instrument;
    this.errors = List.copyOf(errors);
  }


  public String instrument() {
    return instrument;
  }

  @Override
  public List<ItemError> errors() {
    return errors;
  }
}
