package org.pragma.security;

import java.util.List;
import java.util.Set;
import org.pragma.shared.DomainException;

/**
 * A user assigned to a study that is not registered: refused, as for sites, so that an assignment by
 * code never grants a study registered later under that code.
 */
public class UnknownStudyException extends DomainException {
  /** One assignment refused, and why. */
  public record Unknown(String field, String message) {}

  private final List<Unknown> unknown;

  UnknownStudyException(Set<String> studies) {
    super(Kind.RULE, "unknown-study", "Users can be assigned only to registered studies; "
        + String.join(", ", new java.util.TreeSet<>(studies)) + (studies.size() == 1 ? " is" : " are") + " not registered.");
    this.unknown = studies.stream().sorted().map(s -> new Unknown("studies", s + " is not a registered study")).toList();
  }

  @Override
  public List<Unknown> errors() {
    return unknown;
  }
}
