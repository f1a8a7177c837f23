package org.pragma.randomization.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pragma.randomization.Cluster;
import org.pragma.randomization.Covariate;
import org.pragma.randomization.RandomizationInputException;
import org.pragma.randomization.analysis.ClusterPermutationTest;
import org.pragma.randomization.analysis.OutcomeType;
import org.pragma.randomization.analysis.PermutationTestResult;
import org.pragma.randomization.constrained.DesignMatrix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cptest}: the clustered permutation test over a saved constrained space. */
@Command(name = "cptest", mixinStandardHelpOptions = true,
    description = "Clustered permutation test (cvcrand's cptest) over a saved constrained space.")
final class CptestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Option(names = "--space", required = true, description = "Pragma --space file or cvcrand savedata file") Path space;
  @Option(names = "--outcome", required = true, description = "individual-level CSV") Path outcome;
  @Option(names = "--cluster", required = true, description = "column of the cluster id") String cluster;
  @Option(names = "--y", required = true, description = "outcome column") String y;
  @Option(names = "--covariates", split = ",") List<String> covariates = new ArrayList<>();
  @Option(names = "--categorical", split = ",") List<String> categorical = new ArrayList<>();
  @Option(names = "--type", defaultValue = "continuous", description = "continuous or binary") String type;
  @Option(names = "--design", description = "for a cvcrand savedata file: the design CSV whose row order names its columns") Path design;
  @Option(names = "--design-id", description = "id column of --design (default: --cluster)") String designId;
  @Option(names = "--json") boolean json;

  @Override
  public Integer call() {
    List<String> numeric = new ArrayList<>(List.of(y));
    covariates.stream().filter(c -> !categorical.contains(c)).forEach(numeric::add);
    List<Cluster> individuals = ClusterCsv.read(outcome, cluster, numeric, categorical);
    List<String> clusterIds = individuals.stream().map(Cluster::id).toList();
    double[] outcomes = individuals.stream().mapToDouble(c -> Double.parseDouble(c.value(y))).toArray();
    SavedSpace saved = SavedSpace.read(space, designIds(clusterIds));
    PermutationTestResult r = ClusterPermutationTest.run(clusterIds, outcomes, covariateMatrix(individuals),
        outcomeType(), saved.schemes(), saved.observed());
    r.warnings().forEach(w -> spec.commandLine().getErr().println("pragma-randomize: warning: " + w));
    spec.commandLine().getOut().print(json ? json(r) : text(r));
    return 0;
  }

  private List<String> designIds(List<String> outcomeClusters) {
    if (design == null) {
      List<String> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(outcomeClusters));
      sorted.sort(SpaceFile::compareIds);
      return sorted;
    }
    String idColumn = designId == null ? cluster : designId;
    return ClusterCsv.read(design, idColumn, List.of(), List.of()).stream().map(Cluster::id).toList();
  }

  private double[][] covariateMatrix(List<Cluster> individuals) {
    List<Covariate> list = new ArrayList<>();
    covariates.stream().filter(c -> !categorical.contains(c)).forEach(c -> list.add(Covariate.numeric(c)));
    categorical.forEach(c -> list.add(Covariate.categorical(c)));
    if (list.isEmpty()) {
      return new double[individuals.size()][0];
    }
    List<Cluster> rows = new ArrayList<>();
    for (int i = 0; i < individuals.size(); i++) {
      rows.add(new Cluster(Integer.toString(i), individuals.get(i).values()));
    }
    DesignMatrix m = DesignMatrix.of(rows, list);
    double[][] x = new double[rows.size()][m.columns()];
    for (int i = 0; i < rows.size(); i++) {
      for (int k = 0; k < m.columns(); k++) {
        x[i][k] = m.raw(i, k);
      }
    }
    return x;
  }

  private OutcomeType outcomeType() {
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "continuous" -> OutcomeType.CONTINUOUS;
      case "binary" -> OutcomeType.BINARY;
      default -> throw new RandomizationInputException("--type must be continuous or binary, got " + type);
    };
  }

  private static String json(PermutationTestResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("p_value", r.pValue());
    m.put("statistic", r.statistic());
    m.put("schemes", r.schemes());
    m.put("cluster_mean_residuals", r.clusterMeanResiduals());
    m.put("warnings", r.warnings());
    return Json.of(m) + System.lineSeparator();
  }

  private static String text(PermutationTestResult r) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "p-value: %.6f (over %d schemes)%nstatistic: %.10g%n", r.pValue(), r.schemes(), r.statistic()));
    b.append("cluster mean residuals:\n");
    r.clusterMeanResiduals().forEach((id, m) -> b.append(String.format(Locale.ROOT, "  %-12s %.10g%n", id, m)));
    return b.toString();
  }
}
