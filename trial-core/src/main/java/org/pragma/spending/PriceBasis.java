package org.pragma.spending;

/**
 * Which amount a data source's spending figures are (domain.md §7.3): allowed (what the payer
 * recognises, plan-paid plus cost-sharing, the usual "spending"), paid (the plan's share), or
 * standardized (one fee schedule applied to every service). Recorded per source so an analysis never
 * mixes them unknowingly.
 */
public enum PriceBasis {
  ALLOWED,
  PAID,
  STANDARDIZED
}
