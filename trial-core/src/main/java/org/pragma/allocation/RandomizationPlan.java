package org.pragma.allocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.pragma.protocol.RandomizationDesign;
import org.pragma.protocol.StudyProtocol;
import org.pragma.randomization.Arm;
import org.pragma.randomization.BalanceMetric;
import org.pragma.randomization.Cluster;
import org.pragma.randomization.Covariate;
import org.pragma.randomization.Method;
import org.pragma.randomization.RandomizationRequest;
import org.pragma.randomization.TieRule;
import org.pragma.site.Site;

/**
 * Turns a study's protocol design and its sites into the engine's request, exactly as the
 * command-line tool would build it from the sites CSV, so {@link #cliCommand} reproduces the draw.
 * Numeric covariates come first, then categorical ones (cvcrand's column order).
 */
final class RandomizationPlan {
  static final double DEFAULT_CUTOFF = 0.1;

  final StudyProtocol protocol;
  final List<Site> sites;
  final List<RandomizationDesign.Covariate> covariates;
  final Method method;
  final String stratifyBy;
  final double cutoff;
  final int size;

  /**
   * The sites ready for a wave and those left for a later one: closed sites are never randomized,
   * and a site missing a covariate waits until it is recorded instead of blocking every other site.
   */
  static Candidates candidates(StudyProtocol protocol, List<Site> notRandomized) {
    RandomizationPlan design = new RandomizationPlan(protocol, List.of(), 0);
    List<Site> ready = new ArrayList<>();
    List<Draw.LeftOut> leftOut = new ArrayList<>();
    for (Site site : notRandomized) {
      List<String> missing = design.missingCovariates(site);
      if (site.status() == org.pragma.site.SiteStatus.CLOSED) {
        leftOut.add(new Draw.LeftOut(site.code(), "closed: closed sites are never randomized"));
      } else if (!missing.isEmpty()) {
        leftOut.add(new Draw.LeftOut(site.code(), "no value yet for " + String.join(", ", missing)
            + "; it is randomized in a later wave once recorded"));
      } else {
        ready.add(site);
      }
    }
    return new Candidates(List.copyOf(ready), List.copyOf(leftOut));
  }

  /** Sites to randomize now, and sites left out with the reason. */
  record Candidates(List<Site> ready, List<Draw.LeftOut> leftOut) {}

  RandomizationPlan(StudyProtocol protocol, List<Site> sites, int size) {
    RandomizationDesign design = protocol.randomization();
    this.protocol = protocol;
    this.sites = List.copyOf(sites);
    this.covariates = ordered(design.covariates());
    this.method = methodOf(design.method());
    this.stratifyBy = design.strata().isEmpty() || method == Method.SIMPLE || method == Method.PAIR_MATCHED ? null : design.strata().get(0);
    this.cutoff = design.constraintCutoff().orElse(DEFAULT_CUTOFF);
    this.size = size;
    checkCovariatesPresent();
  }

  RandomizationRequest request(long seed) {
    return RandomizationRequest.builder()
        .clusters(sites.stream().map(s -> new Cluster(s.code(), valuesOf(s))).toList())
        .covariates(covariates.stream().map(RandomizationPlan::engineCovariate).toList())
        .arms(protocol.arms().stream().map(a -> new Arm(a.code(), protocol.allocation().get(a.code()))).toList())
        .method(method)
        .metric(BalanceMetric.L2)
        .cutoff(cutoff)
        .stratifyBy(stratifyBy)
        .seed(seed)
        .enumerationLimit(size)
        .simulationCount(size)
        .tieRule(TieRule.FIRST_IN_ORDER)
        .checkValidity(method == Method.CONSTRAINED)
        .build();
  }

  /** The command a statistician runs, with the sites CSV this wave's report offers, to get the same allocation. */
  String cliCommand(String csvName, long seed) {
    StringBuilder cmd = new StringBuilder("bin/pragma-randomize randomize --clusters ").append(csvName).append(" --id site");
    List<String> numeric = codes(false);
    List<String> categorical = codes(true);
    if (!numeric.isEmpty()) {
      cmd.append(" --covariates ").append(String.join(",", numeric));
    }
    if (!categorical.isEmpty()) {
      cmd.append(" --categorical ").append(String.join(",", categorical));
    }
    if (!covariates.isEmpty()) {
      cmd.append(" --weights ").append(covariates.stream().map(c -> trim(c.weight())).collect(Collectors.joining(",")));
    }
    cmd.append(" --method ").append(method.name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .append(" --metric l2 --cutoff ").append(trim(cutoff))
        .append(" --arms ").append(protocol.arms().stream().map(a -> a.code() + "=" + protocol.allocation().get(a.code())).collect(Collectors.joining(",")));
    if (stratifyBy != null) {
      cmd.append(" --stratify ").append(stratifyBy);
    }
    return cmd.append(" --simulate ").append(size).append(" --seed ").append(seed).toString();
  }

  Map<String, String> valuesOf(Site site) {
    Map<String, String> values = new LinkedHashMap<>();
    covariates.forEach(c -> values.put(c.code(), site.covariates().get(c.code())));
    if (stratifyBy != null && !values.containsKey(stratifyBy)) {
      values.put(stratifyBy, site.covariates().get(stratifyBy));
    }
    return values;
  }

  private void checkCovariatesPresent() {
    List<String> missing = new ArrayList<>();
    for (Site site : sites) {
      missingCovariates(site).forEach(code -> missing.add("site " + site.code() + " has no value for covariate " + code));
    }
    if (!missing.isEmpty()) {
      throw new RandomizationRefusedException(String.join("; ", missing) + ". Record every covariate the study file names before randomizing.");
    }
  }

  /** The covariates (and stratum) the design needs that {@code site} has no value for, by code. */
  List<String> missingCovariates(Site site) {
    List<String> missing = new ArrayList<>();
    valuesOf(site).forEach((code, value) -> {
      if (value == null || value.isBlank()) {
        missing.add(code);
      }
    });
    return missing;
  }

  private List<String> codes(boolean categorical) {
    return covariates.stream().filter(c -> isCategorical(c) == categorical).map(RandomizationDesign.Covariate::code).toList();
  }

  private static List<RandomizationDesign.Covariate> ordered(List<RandomizationDesign.Covariate> all) {
    List<RandomizationDesign.Covariate> ordered = new ArrayList<>(all.stream().filter(c -> !isCategorical(c)).toList());
    ordered.addAll(all.stream().filter(RandomizationPlan::isCategorical).toList());
    return ordered;
  }

  private static boolean isCategorical(RandomizationDesign.Covariate c) {
    return c.type().equals("categorical");
  }

  private static Covariate engineCovariate(RandomizationDesign.Covariate c) {
    Covariate covariate = isCategorical(c) ? Covariate.categorical(c.code()) : Covariate.numeric(c.code());
    return covariate.withWeight(c.weight());
  }

  static Method methodOf(String protocolMethod) {
    return switch (protocolMethod) {
      case "covariate-constrained", "constrained" -> Method.CONSTRAINED;
      case "stratified", "blocked" -> Method.STRATIFIED;
      case "pair-matched" -> Method.PAIR_MATCHED;
      case "simple" -> Method.SIMPLE;
      default -> throw new RandomizationRefusedException("The study file names randomization method '" + protocolMethod
          + "', which Pragma does not know; use covariate-constrained, stratified, pair-matched or simple.");
    };
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
