package org.pragma.randomization;

/** The randomization method a protocol names. */
public enum Method {
  /** Covariate-constrained randomization (Moulton 2004; cvcrand's {@code cvrall}). */
  CONSTRAINED,
  /** Permuted allocation separately within each stratum. */
  STRATIFIED,
  /** Clusters matched in pairs on their covariates; one of each pair to each arm. */
  PAIR_MATCHED,
  /** One random permutation of the fixed arm sizes (complete randomization). */
  SIMPLE
}
