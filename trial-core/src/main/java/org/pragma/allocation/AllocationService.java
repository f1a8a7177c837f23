package org.pragma.allocation;

import org.pragma.signature.SignatureService;
import org.pragma.signature.SignatureRequest;
import org.pragma.signature.SignatureMeaning;
import org.pragma.signature.Signature;
import org.pragma.security.Roles;
import org.pragma.security.SiteScope;
import org.pragma.security.CurrentUser;
import org.pragma.audit.AuditSubject;
import org.pragma.audit.Audit;
import java.util.Map;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.StudyProtocol;
import org.pragma.randomization.RandomizationEngine;
import org.pragma.randomization.RandomizationInputException;
import org.pragma.randomization.RandomizationResult;
import org.pragma.site.Site;
import org.pragma.site.SiteService;
import org.pragma.study.Study;
import org.pragma.study.StudyService;

/**
 * Randomizes a study's sites with the method its protocol names. Previews draw with a throw-away
 * seed and store nothing; a commit draws a fresh seed at commit time, records the whole draw and
 * locks each site's arm. Sites registered after a commit are randomized in the next wave. Closed
 * sites are never randomized, and a site still missing a covariate is left for a later wave; the
 * draw lists both with the reason.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
public class AllocationService {
  private static final Logger LOG = Logger.getLogger(AllocationService.class.getName());
  private static final SecureRandom SEEDS = new SecureRandom();

  @EJB StudyService studies;
  @EJB SiteService sites;
  @EJB ProtocolService protocols;
  @EJB SignatureService signatures;
  @Inject Allocations allocations;
  @Inject CurrentUser currentUser;
  @Inject Audit audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "pragma.randomization.size", defaultValue = "200000")
  int size;

  /**
   * The |standardized difference| between two arms' means on a covariate past which a draw warns of
   * imbalance, in the preview and in the committed report. 0.2 by default: the 0.1 usual in
   * observational studies (Austin 2009) would flag nearly every draw of a cluster trial, where with
   * 10 clinics per arm a chance difference has a standard error near √(2/10) ≈ 0.45; 0.2 is Cohen's
   * "small" effect, large enough to matter for a prognostic covariate (adjust for it in the
   * analysis, or loosen/tighten the design before committing). Set {@code PRAGMA_RANDOMIZATION_IMBALANCE_THRESHOLD}.
   */
  @Inject
  @ConfigProperty(name = "pragma.randomization.imbalance-threshold", defaultValue = "0.2")
  double imbalanceThreshold;

  private final RandomizationEngine engine = new RandomizationEngine();

  /** A dry run on the sites not yet randomized; as often as wanted, never the committed draw. */
  @RolesAllowed(Roles.STATISTICIAN)
  public Draw preview(String studyCode) {
    Study study = studies.byCode(studyCode);
    return draw(study, candidates(study), SEEDS.nextLong(), nextWave(study), true);
  }

  /**
   * Randomizes the sites not yet randomized, once, and locks their arms. The statistician signs the
   * recorded draw (password again, and the meaning of the signature) in the same transaction.
   */
  @RolesAllowed(Roles.STATISTICIAN)
  public Draw commit(String studyCode, String password, SignatureMeaning meaning) {
    Study study = studies.byCode(studyCode);
    allocations.serialize(study);
    RandomizationPlan.Candidates candidates = candidates(study);
    List<Site> pending = candidates.ready();
    if (pending.isEmpty() && !allocations.of(study).isEmpty()) {
      throw new AlreadyRandomizedException(study.code());
    }
    Draw draw = draw(study, candidates, SEEDS.nextLong(), nextWave(study), false);
    String json = DrawJson.write(draw);
    String hash = DrawJson.sha256(json);
    Signature signature = signatures.sign(new SignatureRequest(password, meaning, hash,
        "Randomization of " + study.code() + ", wave " + draw.wave()));
    SiteRandomization randomization =
        new SiteRandomization(study, draw, json, hash, currentUser.name(), clock.instant(), signature.id());
    allocations.add(randomization);
    audit.created(AuditSubject.of("randomization", study.code() + "/" + draw.wave()).inStudy(study.code()),
        Map.of("seed", draw.seed(), "method", draw.method(), "contentHash", hash, "signature", signature.id()));
    for (Site site : pending) {
      String arm = draw.allocation().get(site.code());
      allocations.lock(new SiteArm(site, randomization, arm));
      audit.created(AuditSubject.of("site-arm", site.code()).inStudy(study.code()).atSite(site.code()), Map.of("arm", arm, "wave", draw.wave()));
    }
    LOG.info(() -> "Committed randomization wave " + draw.wave() + " of study " + study.code() + " (" + pending.size() + " sites)");
    return draw;
  }

  /**
   * Every committed wave, first to last, as the caller may see it: whole for investigators of the
   * study and the all-site roles; for a coordinator, the waves that drew one of their sites, showing
   * only their sites (a clinic's arm and covariates are not another clinic's business).
   */
  public List<CommittedDraw> committed(String studyCode) {
    Study study = studies.byCode(studyCode);
    List<CommittedDraw> all = allocations.of(study).stream().map(CommittedDraw::of).toList();
    SiteScope scope = currentUser.scope();
    if (scope.coversWholeStudy(study.code())) {
      return all;
    }
    return all.stream().map(d -> d.restrictedTo(site -> scope.worksAt(study.code(), site)))
        .filter(d -> !d.draw().allocation().isEmpty()).toList();
  }

  public CommittedDraw committed(String studyCode, int wave) {
    return committed(studyCode).stream().filter(d -> d.draw().wave() == wave).findFirst()
        .orElseThrow(() -> new RandomizationNotFoundException(studyCode, wave));
  }

  /**
   * A committed wave whole, with every site's covariates, to reproduce the draw: investigators of the
   * study and the all-site roles only; anyone else is told there is no such wave.
   */
  public CommittedDraw wholeWave(String studyCode, int wave) {
    Study study = studies.byCode(studyCode);
    if (!currentUser.scope().coversWholeStudy(study.code())) {
      currentUser.refused("randomization", study.code() + "/" + wave);
      throw new RandomizationNotFoundException(studyCode, wave);
    }
    return committed(studyCode, wave);
  }

  /** Whether the caller may have whole waves ({@link #wholeWave}): the sites CSV and every site's row. */
  public boolean seesWholeWaves(String studyCode) {
    return currentUser.scope().coversWholeStudy(studies.byCode(studyCode).code());
  }

  /** The arm a site was randomized to, if it has been. */
  public Optional<String> armOf(Site site) {
    return allocations.armOf(site).map(SiteArm::arm);
  }

  private Draw draw(Study study, RandomizationPlan.Candidates candidates, long seed, int wave, boolean preview) {
    if (candidates.ready().isEmpty()) {
      throw new RandomizationRefusedException("Study " + study.code() + " has no sites to randomize; "
          + (candidates.leftOut().isEmpty() ? "register its sites first." : "left out: " + candidates.leftOut().stream()
              .map(l -> "site " + l.site() + ", " + l.reason()).collect(java.util.stream.Collectors.joining("; ")) + "."));
    }
    StudyProtocol protocol = protocols.protocol(study.code());
    RandomizationPlan plan = new RandomizationPlan(protocol, candidates.ready(), size);
    try {
      RandomizationResult result = engine.randomize(plan.request(seed));
      return DrawReport.of(plan, engine, result, wave, preview, sitesCsvName(study.code(), wave), candidates.leftOut(), imbalanceThreshold);
    } catch (RandomizationInputException e) {
      throw new RandomizationRefusedException(e.getMessage());
    }
  }

  private RandomizationPlan.Candidates candidates(Study study) {
    List<Site> notRandomized = sites.of(study.code()).stream().filter(s -> allocations.armOf(s).isEmpty()).toList();
    return RandomizationPlan.candidates(protocols.protocol(study.code()), notRandomized);
  }

  private int nextWave(Study study) {
    return allocations.of(study).size() + 1;
  }

  /** The file name of a wave's sites CSV, as the reported command line names it. */
  public static String sitesCsvName(String studyCode, int wave) {
    return studyCode.toLowerCase(java.util.Locale.ROOT) + "-wave" + wave + "-sites.csv";
  }
}
