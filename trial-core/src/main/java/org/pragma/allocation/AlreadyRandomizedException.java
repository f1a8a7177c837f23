package org.pragma.allocation;

import org.pragma.shared.DomainException;

/** Every site of the study already has its arm: randomization happens once per site. */
public class AlreadyRandomizedException extends DomainException {
  public AlreadyRandomizedException(String study) {
    super(Kind.CONFLICT, "already-randomized",
        "Every site of study " + study + " is already randomized; a committed randomization cannot be redone. Register new sites to randomize them in a further wave.");
  }
}
