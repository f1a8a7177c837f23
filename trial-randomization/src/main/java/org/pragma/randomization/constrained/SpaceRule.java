package org.pragma.randomization.constrained;

import org.pragma.randomization.RandomizationRequest;
import org.pragma.randomization.TieRule;

/**
 * How the constrained space is formed: keep {@code schemes} allocations when positive, else
 * round-half-even(R × cutoff); enumerate when the space has at most {@code enumerationLimit}
 * allocations, else draw {@code simulationCount} distinct ones.
 *
 * @param holdAllocations every kept allocation is needed in memory (e.g. for the validity check):
 *     a space too large to hold is then refused instead of streamed
 */
public record SpaceRule(double cutoff, int schemes, TieRule tieRule, long enumerationLimit, int simulationCount,
    boolean holdAllocations) {

  public SpaceRule(double cutoff, int schemes, TieRule tieRule, long enumerationLimit, int simulationCount) {
    this(cutoff, schemes, tieRule, enumerationLimit, simulationCount, false);
  }

  public static SpaceRule of(RandomizationRequest request) {
    return new SpaceRule(request.cutoff(), request.schemes(), request.tieRule(),
        request.enumerationLimit(), request.simulationCount(), request.checkValidity());
  }

  /**
   * cvcrand's {@code cho}: {@code numschemes}, else R's {@code round(R*cutoff)} of the floating
   * product, which rounds exact halves to even (Math.rint), unlike Java's Math.round.
   */
  long kept(long scored) {
    return schemes > 0 ? schemes : (long) Math.rint(scored * cutoff);
  }
}
