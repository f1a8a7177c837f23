package org.pragma.randomization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pragma.randomization.cli.ClusterCsv;
import org.pragma.randomization.constrained.ConstrainedSpace;

/**
 * cvcrand's documented first example (Dickinson et al. 2015, 16 Colorado counties, 8 treated, l2,
 * cutoff 0.1, seed 12345, covariates location, inciis, uptodateonimmunizations, hispanic,
 * incomecat with location and incomecat categorical). Published: 12,870 allocations, 1,287 kept,
 * cutoff score about 7.638 (cvcrand.md). The drawn allocation itself is not portable (cvcrand
 * draws with R's generator), so it is checked against the space, not against R's.
 */
class DickinsonExampleTest {
  static List<Cluster> counties() throws URISyntaxException {
    Path csv = Path.of(DickinsonExampleTest.class.getResource("/dickinson_design.csv").toURI());
    return ClusterCsv.read(csv, "cluster", List.of("inciis", "uptodateonimmunizations", "hispanic"),
        List.of("location", "incomecat"));
  }

  static RandomizationRequest.Builder documentedExample() throws URISyntaxException {
    return RandomizationRequest.builder().clusters(counties())
        .covariates(List.of(Covariate.categorical("location"), Covariate.numeric("inciis"),
            Covariate.numeric("uptodateonimmunizations"), Covariate.numeric("hispanic"),
            Covariate.categorical("incomecat")))
        .treated(8, 16).cutoff(0.1).seed(12345);
  }

  @Test
  void keeps1287Of12870AllocationsWithThePublishedCutoffScore() throws Exception {
    RandomizationResult r = new RandomizationEngine().randomize(documentedExample().build());
    assertThat(r.totalAllocations()).isEqualTo(12_870);
    assertThat(r.space().enumerated()).isTrue();
    assertThat(r.constrainedSize()).isEqualTo(1_287);
    assertThat(r.cutoffScore()).isCloseTo(7.638, within(0.0005));
    assertThat(r.armSizes()).containsEntry("treatment", 8).containsEntry("control", 8);
    assertThat(r.chosenScore()).isLessThanOrEqualTo(r.cutoffScore());
  }

  @Test
  void equalsTheCvcrandTranscriptionAllocationByAllocation() throws Exception {
    RandomizationResult r = new RandomizationEngine().randomize(documentedExample().build());
    // cvcrand's column order: inciis, uptodate, hispanic, location=Urban, incomecat=Low, incomecat=Med
    List<Cluster> c = counties();
    double[][] columns = new double[6][16];
    for (int i = 0; i < 16; i++) {
      columns[0][i] = Double.parseDouble(c.get(i).value("inciis"));
      columns[1][i] = Double.parseDouble(c.get(i).value("uptodateonimmunizations"));
      columns[2][i] = Double.parseDouble(c.get(i).value("hispanic"));
      columns[3][i] = c.get(i).value("location").equals("Urban") ? 1 : 0;
      columns[4][i] = c.get(i).value("incomecat").equals("Low") ? 1 : 0;
      columns[5][i] = c.get(i).value("incomecat").equals("Med") ? 1 : 0;
    }
    double[][] zw = CvcrandReference.weightedZ(columns, new double[] {1, 1, 1, 1, 1, 1});
    List<CvcrandReference.Scheme> expected =
        CvcrandReference.constrained(CvcrandReference.allSchemes(zw, 8, true), 0.1);
    ConstrainedSpace space = r.space();
    assertThat(space.size()).isEqualTo(expected.size());
    for (int j = 0; j < expected.size(); j++) {
      assertThat(space.masks(j)[0]).as("rank %d", j).isEqualTo(expected.get(j).treated());
      assertThat(space.score(j)).isCloseTo(expected.get(j).score(), within(1e-9 * expected.get(j).score()));
    }
  }

  @Test
  void givesTheSameAllocationForTheSameSeedAndUsuallyAnotherForAnotherSeed() throws Exception {
    RandomizationEngine engine = new RandomizationEngine();
    RandomizationResult first = engine.randomize(documentedExample().build());
    RandomizationResult again = engine.randomize(documentedExample().build());
    RandomizationResult other = engine.randomize(documentedExample().seed(54321).build());
    assertThat(again.allocation()).isEqualTo(first.allocation());
    assertThat(other.chosenRank()).isNotEqualTo(first.chosenRank());
    assertThat(first.algorithmVersion()).isEqualTo(RandomizationEngine.ALGORITHM_VERSION);
    assertThat(first.request().seed()).isEqualTo(12345);
  }

  @Test
  void stratifyingOnLocationBalancesItExactly() throws Exception {
    RandomizationResult r = new RandomizationEngine().randomize(documentedExample().stratifyBy("location").build());
    long urbanTreated = r.allocation().entrySet().stream()
        .filter(e -> Integer.parseInt(e.getKey()) >= 9 && e.getValue().equals("treatment")).count();
    assertThat(urbanTreated).isEqualTo(4);
  }
}
