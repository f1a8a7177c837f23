package org.pragma.allocation;

import org.pragma.shared.DomainException;

/** The study has no committed randomization wave with this number. */
public class RandomizationNotFoundException extends DomainException {
  public RandomizationNotFoundException(String study, int wave) {
    super(Kind.NOT_FOUND, "randomization-not-found", "Study " + study + " has no committed randomization wave " + wave + ".");
  }
}
