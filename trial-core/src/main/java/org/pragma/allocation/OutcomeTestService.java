package org.pragma.allocation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pragma.export.ExportSource;
import org.pragma.export.ExportSource.VisitFacts;
import org.pragma.instrument.Instrument;
import org.pragma.protocol.StudyProtocol;
import org.pragma.protocol.Visit;
import org.pragma.protocol.ProtocolService;
import org.pragma.randomization.analysis.ClusterPermutationTest;
import org.pragma.randomization.analysis.OutcomeType;
import org.pragma.randomization.analysis.PermutationTestResult;
import org.pragma.security.CurrentUser;
import org.pragma.security.Roles;
import org.pragma.study.Study;
import org.pragma.study.StudyNotFoundException;
import org.pragma.study.StudyService;

/**
 * Outcome results by arm, for statisticians only (the investigators stay blind to interim results):
 * cvcrand's clustered permutation test ({@code cptest}) of an outcome over the committed wave's
 * constrained space, with the arm means. The outcome is read as the analysis export defines it.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN})
public class OutcomeTestService {
  private static final Logger LOG = Logger.getLogger(OutcomeTestService.class.getName());
  static final String METHOD = "Clustered permutation test (cvcrand's cptest): the outcome is fitted without the arm"
      + " (its overall mean), the residuals are averaged within each site, and D = (sum of the site means of the first"
      + " arm) − (sum of those of the second) is computed for every allocation of the committed constrained space,"
      + " restricted to the sites with the outcome; the p-value is the share of allocations with |D| at least the"
      + " observed |D| (two-sided, the committed allocation included).";

  @EJB StudyService studies;
  @EJB ProtocolService protocols;
  @Inject Allocations allocations;
  @Inject ExportSource source;
  @Inject CurrentUser currentUser;

  @Inject
  @ConfigProperty(name = "pragma.randomization.size", defaultValue = "200000")
  int size;

  /** The visits and instruments an outcome can be chosen from: every scheduled visit and every instrument given. */
  public List<OutcomeOption> options(String studyCode) {
    StudyProtocol protocol = protocols.protocol(study(studyCode).code());
    List<OutcomeOption> options = new ArrayList<>();
    Visit baseline = baseline(protocol);
    for (Instrument instrument : instruments(protocol)) {
      for (Visit visit : visits(protocol)) {
        options.add(new OutcomeOption(new OutcomeChoice(instrument.code(), visit.code(), false), label(protocol, instrument, visit, false)));
        if (!visit.code().equals(baseline.code())) {
          options.add(new OutcomeOption(new OutcomeChoice(instrument.code(), visit.code(), true), label(protocol, instrument, visit, true)));
        }
      }
    }
    return options;
  }

  /** An outcome a statistician may test, and how it reads. */
  public record OutcomeOption(OutcomeChoice choice, String label) {}

  /**
   * Runs outside a transaction, as the export job does: it only reads, and the export's patient
   * cursor manages its own connection (PostgreSQL streams only outside auto-commit).
   */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
  public OutcomeTestResult test(String studyCode, OutcomeChoice outcome) {
    Study study = study(studyCode);
    StudyProtocol protocol = protocols.protocol(study.code());
    Instrument instrument = instruments(protocol).stream().filter(i -> i.code().equals(outcome.instrument())).findFirst()
        .orElseThrow(() -> refused("the study gives no instrument " + outcome.instrument()));
    Visit visit = visits(protocol).stream().filter(v -> v.code().equals(outcome.visit())).findFirst()
        .orElseThrow(() -> refused("the study's schedule has no visit " + outcome.visit()));
    Visit baseline = baseline(protocol);
    if (outcome.change() && visit.code().equals(baseline.code())) {
      throw refused("a change from baseline needs a visit after baseline");
    }
    List<SiteRandomization> waves = allocations.of(study);
    if (waves.isEmpty()) {
      throw refused("study " + study.code() + " is not randomized yet");
    }
    if (waves.size() > 1) {
      throw refused("study " + study.code() + " was randomized in " + waves.size() + " waves; the test runs over the"
          + " constrained space of a single wave");
    }
    Draw draw = DrawJson.read(waves.get(0).drawJson());
    CommittedSpace space = CommittedSpace.rebuild(draw, size);
    List<String> sites = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    read(study, draw.allocation(), outcome, baseline.code(), sites, values);
    Set<String> withData = new TreeSet<>(sites);
    List<Set<String>> schemes = space.schemes().stream().map(s -> (Set<String>) new TreeSet<>(s.stream().filter(withData::contains).toList())).toList();
    List<OutcomeTestResult.ArmOutcome> arms = List.of(arm(space.firstArm(), draw.allocation(), sites, values),
        arm(space.secondArm(), draw.allocation(), sites, values));
    if (arms.stream().anyMatch(a -> a.patients() == 0)) {
      throw refused("each arm needs at least one patient with " + label(protocol, instrument, visit, outcome.change())
          + " recorded");
    }
    PermutationTestResult r = ClusterPermutationTest.run(sites, values.stream().mapToDouble(Double::doubleValue).toArray(),
        new double[values.size()][0], OutcomeType.CONTINUOUS, schemes, space.observed());
    LOG.info(() -> "Permutation test of " + outcome.instrument() + " at " + outcome.visit() + " in study " + study.code()
        + " by " + currentUser.name());
    return new OutcomeTestResult(study.code(), draw.wave(), label(protocol, instrument, visit, outcome.change()), space.firstArm(),
        arms, r.statistic(), r.pValue(), r.schemes(), METHOD, r.warnings().stream().map(OutcomeTestService::sentence).toList());
  }

  private Study study(String studyCode) {
    Study study = studies.byCode(studyCode);
    if (!currentUser.scope().coversWholeStudy(study.code())) {
      currentUser.refused("outcome-test", study.code());
      throw new StudyNotFoundException(studyCode);
    }
    return study;
  }

  /** Each patient of a randomized site with the outcome: their site and value (patients without it are left out). */
  private void read(Study study, Map<String, String> armBySite, OutcomeChoice outcome, String baseline, List<String> sites,
      List<Double> values) {
    try {
      source.patients(study.id(), (p, visits, claims) -> {
        if (!armBySite.containsKey(p.site())) {
          return;
        }
        Optional<BigDecimal> at = score(visits, outcome.visit(), outcome.instrument());
        Optional<BigDecimal> value = outcome.change()
            ? at.flatMap(s -> score(visits, baseline, outcome.instrument()).map(s::subtract)) : at;
        value.ifPresent(v -> {
          sites.add(p.site());
          values.add(v.doubleValue());
        });
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<BigDecimal> score(List<VisitFacts> visits, String visit, String instrument) {
    return visits.stream().filter(v -> v.code().equals(visit)).flatMap(v -> v.responses().stream())
        .filter(r -> r.instrument().equals(instrument)).findFirst().flatMap(ExportSource.ResponseFacts::reported);
  }

  private static OutcomeTestResult.ArmOutcome arm(String arm, Map<String, String> armBySite, List<String> sites, List<Double> values) {
    double sum = 0;
    double squares = 0;
    int n = 0;
    Set<String> armSites = new TreeSet<>();
    for (int i = 0; i < sites.size(); i++) {
      if (arm.equals(armBySite.get(sites.get(i)))) {
        sum += values.get(i);
        squares += values.get(i) * values.get(i);
        n++;
        armSites.add(sites.get(i));
      }
    }
    double mean = n == 0 ? Double.NaN : sum / n;
    Double sd = n < 2 ? null : Math.sqrt(Math.max(0, (squares - n * mean * mean) / (n - 1)));
    return new OutcomeTestResult.ArmOutcome(arm, n, armSites.size(), mean, sd);
  }

  private static List<Instrument> instruments(StudyProtocol protocol) {
    Map<String, Instrument> used = new LinkedHashMap<>();
    protocol.arms().forEach(a -> a.schedule().visits().forEach(v -> v.instruments().forEach(u -> {
      Instrument i = protocol.instruments().get(u.code());
      if (i != null) {
        used.putIfAbsent(u.code(), i);
      }
    })));
    return List.copyOf(used.values());
  }

  /** Every visit of every arm's schedule by target day, as the export orders them; the first is baseline. */
  private static List<Visit> visits(StudyProtocol protocol) {
    Map<String, Visit> byCode = new LinkedHashMap<>();
    protocol.arms().forEach(a -> a.schedule().visits().forEach(v -> byCode.putIfAbsent(v.code(), v)));
    return byCode.values().stream().sorted(Comparator.comparingInt(Visit::targetDay).thenComparing(Visit::code)).toList();
  }

  private static Visit baseline(StudyProtocol protocol) {
    return visits(protocol).stream().findFirst().orElseThrow(() -> refused("the study's schedule has no visits"));
  }

  private static String label(StudyProtocol protocol, Instrument instrument, Visit visit, boolean change) {
    return change ? instrument.name() + " change from " + baseline(protocol).name() + " to " + visit.name()
        : instrument.name() + " at " + visit.name();
  }

  private static String sentence(String warning) {
    return Character.toUpperCase(warning.charAt(0)) + warning.substring(1) + ".";
  }

  private static RandomizationRefusedException refused(String why) {
    return new RandomizationRefusedException("The permutation test cannot run: " + why + ".");
  }
}
