package org.pragma.randomization;

/**
 * A study arm and its share of the clusters. Arm sizes are the shares apportioned to the number
 * of clusters (see {@link ArmSizes}); shares that already sum to the number of clusters are the
 * sizes themselves.
 */
public record Arm(String name, int share) {
  public Arm {
    if (name == null || name.isBlank() || name.contains(";")) {
      throw new RandomizationInputException("an arm needs a non-empty name without ';'");
    }
    if (share <= 0) {
      throw new RandomizationInputException("arm " + name + " needs a positive size or ratio, got " + share);
    }
  }
}
