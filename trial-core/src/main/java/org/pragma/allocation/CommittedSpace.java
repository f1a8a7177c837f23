package org.pragma.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pragma.randomization.Arm;
import org.pragma.randomization.BalanceMetric;
import org.pragma.randomization.Cluster;
import org.pragma.randomization.Covariate;
import org.pragma.randomization.Method;
import org.pragma.randomization.RandomizationEngine;
import org.pragma.randomization.RandomizationInputException;
import org.pragma.randomization.RandomizationRequest;
import org.pragma.randomization.RandomizationResult;
import org.pragma.randomization.TieRule;
import org.pragma.randomization.constrained.ConstrainedSpace;

/**
 * The constrained space of a committed wave, rebuilt. Pragma records a draw's inputs, seed and
 * allocation but not its space (up to 200,000 allocations); the draw is reproducible by design, so
 * the engine is run again on the recorded request and the rebuilt allocation must equal the
 * recorded one, or the space is refused rather than guessed.
 *
 * @param schemes per kept allocation, the sites in {@code firstArm}
 * @param observed index of the committed allocation in {@code schemes}
 */
record CommittedSpace(String firstArm, String secondArm, List<Set<String>> schemes, int observed) {
  private static final Pattern SIMULATE = Pattern.compile("--simulate (\\d+)");

  static CommittedSpace rebuild(Draw draw, int configuredSize) {
    if (draw.arms().size() != 2) {
      throw refused("the clustered permutation test compares two arms; wave " + draw.wave() + " has " + draw.arms().size());
    }
    Method method = Method.valueOf(draw.method());
    if (method != Method.CONSTRAINED) {
      throw refused("wave " + draw.wave() + " was randomized without a constrained space (method "
          + draw.method().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "), so there is no space to permute over");
    }
    RandomizationResult result;
    try {
      result = new RandomizationEngine().randomize(request(draw, size(draw, configuredSize)));
    } catch (RandomizationInputException e) {
      throw refused("wave " + draw.wave() + " cannot be drawn again: " + e.getMessage());
    }
    ConstrainedSpace space = result.space();
    if (!result.allocation().equals(draw.allocation()) || space == null) {
      throw refused("drawing wave " + draw.wave() + " again from its recorded seed and inputs does not give the committed"
          + " allocation, so its constrained space cannot be rebuilt");
    }
    if (!space.allocationsHeld()) {
      throw refused(String.format(java.util.Locale.ROOT, "the constrained space of wave %d (%,d allocations) is too large to hold"
          + " in memory for a permutation test", draw.wave(), space.size()));
    }
    List<String> sites = draw.clusters().stream().map(Draw.ClusterRow::site).toList();
    List<Set<String>> schemes = new ArrayList<>(space.size());
    for (int j = 0; j < space.size(); j++) {
      Set<String> first = new TreeSet<>();
      for (int row = 0; row < sites.size(); row++) {
        if (space.armOf(j, row) == 0) {
          first.add(sites.get(row));
        }
      }
      schemes.add(first);
    }
    return new CommittedSpace(draw.arms().get(0).code(), draw.arms().get(1).code(), List.copyOf(schemes), result.chosenRank() - 1);
  }

  /** The size the draw was made with, as its recorded command line states it (the setting at commit time). */
  private static int size(Draw draw, int configuredSize) {
    Matcher m = draw.cliCommand() == null ? null : SIMULATE.matcher(draw.cliCommand());
    return m != null && m.find() ? Integer.parseInt(m.group(1)) : configuredSize;
  }

  /** The engine request {@link RandomizationPlan#request} built for this draw, from what the draw recorded. */
  private static RandomizationRequest request(Draw draw, int size) {
    return RandomizationRequest.builder()
        .clusters(draw.clusters().stream().map(c -> new Cluster(c.site(), c.values())).toList())
        .covariates(draw.covariates().stream().map(c -> (c.type().equals("categorical")
            ? Covariate.categorical(c.code()) : Covariate.numeric(c.code())).withWeight(c.weight())).toList())
        .arms(draw.arms().stream().map(a -> new Arm(a.code(), a.ratio())).toList())
        .method(Method.CONSTRAINED)
        .metric(BalanceMetric.L2)
        .cutoff(draw.cutoff())
        .stratifyBy(draw.stratifyBy())
        .seed(draw.seed())
        .enumerationLimit(size)
        .simulationCount(size)
        .tieRule(TieRule.FIRST_IN_ORDER)
        .checkValidity(true)
        .build();
  }

  private static RandomizationRefusedException refused(String why) {
    return new RandomizationRefusedException("The permutation test cannot run: " + why + ".");
  }
}
