package org.pragma.randomization;

/** How the constrained space treats allocations tied with the cutoff score. */
public enum TieRule {
  /**
   * cvcrand's rule: exactly {@code cho} allocations, the first after a stable ascending sort, so
   * allocations tied at the boundary are kept in enumeration (or first-draw) order and some may be
   * excluded.
   */
  FIRST_IN_ORDER,
  /** Every allocation whose score is at most the cutoff score, so ties are kept together. */
  ALL_AT_CUTOFF_SCORE
}
