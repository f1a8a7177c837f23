package org.pragma.site;

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
public class SiteService {
  private static final Logger LOG = Logger.getLogger(SiteService.class.getName());

  @Inject Sites sites;
  @Inject StudyService studies;
  @Inject Clock clock;

  /** Registers a planned site; its code must be new in the study. Input is validated at the boundary. */
  public Site register(String studyCode, NewSite request) {
    Study study = studies.byCode(studyCode);
    if (sites.byCode(study, request.code()).isPresent()) {
      throw new SiteCodeTakenException(study.code(), request.code());
    }
    Site site = new Site(study, request, clock.instant());
    sites.add(site);
    LOG.info(() -> "Registered site " + study.code() + "/" + site.code());
    return site;
  }

  public List<Site> of(String studyCode) {
    return sites.of(studies.byCode(studyCode));
  }

  public Site byCode(String studyCode, String siteCode) {
    Study study = studies.byCode(studyCode);
    return sites.byCode(study, siteCode).orElseThrow(() -> new SiteNotFoundException(study.code(), siteCode));
  }

  /** Opens a site for enrollment today (study time zone is applied by enrollment, not here). */
  public Site activate(String studyCode, String siteCode) {
    Site site = byCode(studyCode, siteCode);
    site.activate(LocalDate.now(clock));
    LOG.info(() -> "Activated site " + studyCode + "/" + siteCode);
    return site;
  }
}
