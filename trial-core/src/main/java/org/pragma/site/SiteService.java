package org.pragma.site;

import org.pragma.security.SiteScope;
import org.pragma.security.Roles;
import org.pragma.security.CurrentUser;
import org.pragma.audit.AuditSubject;
import org.pragma.audit.Audit;
import java.util.Optional;
import java.util.Map;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.pragma.study.Study;
import org.pragma.study.StudyService;

/** Registers a study's sites and opens them for enrollment. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
public class SiteService {
  private static final Logger LOG = Logger.getLogger(SiteService.class.getName());

  @Inject Sites sites;
  @Inject StudyService studies;
  @Inject Clock clock;
  @Inject CurrentUser currentUser;
  @Inject Audit audit;

  /** Registers a planned site; its code must be new in the study. Input is validated at the boundary. */
  @RolesAllowed(Roles.ADMIN)
  public Site register(String studyCode, NewSite request) {
    Study study = studies.byCode(studyCode);
    if (sites.byCode(study, request.code()).isPresent()) {
      throw new SiteCodeTakenException(study.code(), request.code());
    }
    Site site = new Site(study, request, clock.instant());
    sites.add(site);
    audit.created(subject(site), Map.of("name", site.name(), "status", site.status(), "covariates", site.covariates()));
    LOG.info(() -> "Registered site " + study.code() + "/" + site.code());
    return site;
  }

  /** The study's sites the caller may see. */
  public List<Site> of(String studyCode) {
    SiteScope scope = currentUser.scope();
    return sites.of(studies.byCode(studyCode)).stream().filter(s -> scope.coversSite(s.study().code(), s.code())).toList();
  }

  public Site byCode(String studyCode, String siteCode) {
    Study study = studies.byCode(studyCode);
    Optional<Site> site = sites.byCode(study, siteCode);
    if (site.isPresent() && !currentUser.scope().coversSite(study.code(), siteCode)) {
      currentUser.refused("site", study.code() + "/" + siteCode);
      site = Optional.empty();
    }
    return site.orElseThrow(() -> new SiteNotFoundException(study.code(), siteCode));
  }

  /** Opens a site for enrollment today (study time zone is applied by enrollment, not here). */
  @RolesAllowed(Roles.ADMIN)
  public Site activate(String studyCode, String siteCode) {
    Site site = byCode(studyCode, siteCode);
    SiteStatus before = site.status();
    site.activate(LocalDate.now(clock));
    if (before != site.status()) {
      audit.changed(subject(site), "status", before, site.status(), "Site opened for enrollment");
    }
    LOG.info(() -> "Activated site " + studyCode + "/" + siteCode);
    return site;
  }

  private static AuditSubject subject(Site site) {
    return AuditSubject.of("site", String.valueOf(site.id())).inStudy(site.study().code()).atSite(site.code());
  }
}
