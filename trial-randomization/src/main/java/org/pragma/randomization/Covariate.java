package org.pragma.randomization;

/**
 * A cluster-level covariate used for balance. A categorical covariate becomes one indicator
 * column per level except the first (sorted) level, each carrying the covariate's weight, as in
 * cvcrand's {@code cvrall}.
 */
public record Covariate(String name, boolean categorical, double weight) {
  public Covariate {
    if (name == null || name.isBlank()) {
      throw new RandomizationInputException("a covariate has an empty name");
    }
    if (!Double.isFinite(weight) || weight < 0) {
      throw new RandomizationInputException("weight of covariate " + name + " must be a finite number >= 0");
    }
  }

  public static Covariate numeric(String name) {
    return new Covariate(name, false, 1.0);
  }

  public static Covariate categorical(String name) {
    return new Covariate(name, true, 1.0);
  }

  public Covariate withWeight(double newWeight) {
    return new Covariate(name, categorical, newWeight);
  }
}
