package org.pragma.randomization;

/**
 * Bad randomization input: a missing or non-numeric covariate, a constant covariate, a cutoff
 * outside (0,1), too few clusters for the arms, more schemes than exist. The message is one line
 * that names the offending file/row/column or cluster/covariate, fit to print as is.
 */
public class RandomizationInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RandomizationInputException(String message) {
    super(message);
  }
}
