package org.pragma.randomization.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code randomize}: option names follow cvcrand's cvrall arguments where they exist. */
@Command(name = "randomize", mixinStandardHelpOptions = true,
    description = "Randomize the clusters of a CSV file and print the allocation and diagnostics.")
final class RandomizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Option(names = "--clusters", required = true, description = "cluster-level CSV with a header row") Path clusters;
  @Option(names = "--id", required = true, description = "column holding the cluster id") String id;
  @Option(names = "--covariates", split = ",", description = "numeric covariate columns") List<String> covariates = new ArrayList<>();
  @Option(names = "--categorical", split = ",", description = "categorical covariate columns") List<String> categorical = new ArrayList<>();
  @Option(names = "--weights", split = ",", description = "one per covariate, in the order --covariates then --categorical") List<Double> weights;
  @Option(names = "--metric", defaultValue = "l2", description = "l2 or l1") String metric;
  @ArgGroup(exclusive = true) Cut cut = new Cut();
  @ArgGroup(exclusive = true) Arms arms = new Arms();
  @Option(names = "--stratify", description = "categorical column to stratify on") String stratify;
  @ArgGroup(exclusive = true) Sampling sampling = new Sampling();
  @Option(names = "--seed", defaultValue = "12345") long seed;
  @Option(names = "--space", description = "write every scored allocation to this CSV") Path space;
  @Option(names = "--validity", description = "compute pairwise same-arm shares") boolean validity;
  @Option(names = "--json", description = "print JSON instead of text") boolean json;
  @Option(names = "--method", defaultValue = "constrained", description = "constrained, stratified, pair-matched or simple") String method;
  @Option(names = "--keep-ties", description = "keep every allocation with score <= the cutoff score") boolean keepTies;

  static final class Cut {
    @Option(names = "--cutoff", description = "fraction kept, in (0,1); default 0.1") Double cutoff;
    @Option(names = "--schemes", description = "number of allocations kept (numschemes)") Integer schemes;
  }

  static final class Arms {
    @Option(names = "--treated", description = "two arms: this many clusters treated") Integer treated;
    @Option(names = "--arms", split = ",", description = "arms as NAME=SIZE or NAME=RATIO, e.g. A=11,B=11,C=11") List<String> arms;
  }

  static final class Sampling {
    @Option(names = "--enumerate", description = "enumerate every allocation (cvcrand nosim)") boolean enumerate;
    @Option(names = "--simulate", description = "enumerate if at most N allocations exist, else draw N distinct ones (cvcrand size)") Integer simulate;
  }

  @Override
  public Integer call() throws IOException {
    RandomizationRequest request = request();
    RandomizationEngine engine = new RandomizationEngine();
    RandomizationResult result = engine.randomize(request);
    if (space != null) {
      SpaceFile.write(space, engine, result);
    }
    spec.commandLine().getOut().print(json ? ResultReport.json(result) : ResultReport.text(result));
    return 0;
  }

  private RandomizationRequest request() {
    List<Cluster> rows = ClusterCsv.read(clusters, id, covariates, categorical);
    return RandomizationRequest.builder().clusters(rows).covariates(covariateList())
        .arms(armList(rows.size())).method(method()).metric(BalanceMetric.parse(metric))
        .cutoff(cut.cutoff == null ? 0.1 : cut.cutoff).schemes(cut.schemes == null ? 0 : cut.schemes)
        .stratifyBy(stratify).seed(seed)
        .enumerationLimit(sampling.enumerate ? Long.MAX_VALUE
            : sampling.simulate == null ? RandomizationRequest.DEFAULT_SIZE : sampling.simulate)
        .simulationCount(sampling.simulate == null ? RandomizationRequest.DEFAULT_SIZE : sampling.simulate)
        .tieRule(keepTies ? TieRule.ALL_AT_CUTOFF_SCORE : TieRule.FIRST_IN_ORDER)
        .checkValidity(validity).build();
  }

  private List<Covariate> covariateList() {
    List<String> numeric = covariates.stream().filter(c -> !categorical.contains(c)).toList();
    int count = numeric.size() + categorical.size();
    if (weights != null && weights.size() != count) {
      throw new RandomizationInputException("--weights needs " + count + " values (one per covariate), got " + weights.size());
    }
    List<Covariate> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name = i < numeric.size() ? numeric.get(i) : categorical.get(i - numeric.size());
      double w = weights == null ? 1 : weights.get(i);
      list.add(new Covariate(name, i >= numeric.size(), w));
    }
    return list;
  }

  private List<Arm> armList(int n) {
    if (arms.treated != null) {
      if (arms.treated < 1 || arms.treated >= n) {
        throw new RandomizationInputException("--treated must be between 1 and " + (n - 1) + " for " + n + " clusters");
      }
      return List.of(new Arm("treatment", arms.treated), new Arm("control", n - arms.treated));
    }
    if (arms.arms == null) {
      throw new RandomizationInputException("give --treated T or --arms A=..,B=..");
    }
    List<Arm> list = new ArrayList<>();
    for (String spec : arms.arms) {
      String[] parts = spec.split("=", 2);
      try {
        list.add(new Arm(parts[0].trim(), Integer.parseInt(parts[1].trim())));
      } catch (RuntimeException e) {
        throw new RandomizationInputException("--arms entry '" + spec + "' is not NAME=SIZE");
      }
    }
    return list;
  }

  private Method method() {
    return switch (method.toLowerCase(java.util.Locale.ROOT)) {
      case "constrained" -> Method.CONSTRAINED;
      case "stratified" -> Method.STRATIFIED;
      case "pair-matched" -> Method.PAIR_MATCHED;
      case "simple" -> Method.SIMPLE;
      default -> throw new RandomizationInputException("--method must be constrained, stratified, pair-matched or simple");
    };
  }
}
