package org.pragma.randomization;

import java.util.Map;

/**
 * A unit of randomization (a site, clinic or county) with its baseline covariate values as text,
 * exactly as read; numeric covariates are parsed by the engine so errors can name the cluster.
 */
public record Cluster(String id, Map<String, String> values) {
  public Cluster {
    if (id == null || id.isBlank()) {
      throw new RandomizationInputException("a cluster has an empty id");
    }
    values = Map.copyOf(values);
  }

  /** The raw value of one covariate, or {@code null} when the cluster does not have it. */
  public String value(String covariate) {
    return values.get(covariate);
  }
}
