package org.pragma.site;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.pragma.audit.Audit;
import org.pragma.audit.AuditSubject;
import org.pragma.audit.Changes;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.StudyCalendar;
import org.pragma.security.CurrentUser;
import org.pragma.security.Roles;
import org.pragma.security.SiteScope;
import org.pragma.site.imports.SiteFile;
import org.pragma.site.imports.SiteFileFormat;
import org.pragma.site.imports.SiteFileReader;
import org.pragma.site.imports.SiteFileRefusedException;
import org.pragma.study.Study;
import org.pragma.study.StudyService;

/** Registers a study's sites (one by one or from a file), corrects their records, opens and closes them. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
public class SiteService {
  private static final Logger LOG = Logger.getLogger(SiteService.class.getName());

  @Inject Sites sites;
  @Inject StudyService studies;
  @EJB ProtocolService protocols;
  @Inject SiteArms arms;
  @Inject Validator validator;
  @Inject Clock clock;
  @Inject StudyCalendar calendar;
  @Inject CurrentUser currentUser;
  @Inject Audit audit;

  /**
   * Registers a planned site; its code must be new in the study and its covariates those of the
   * study file. Input is validated at the boundary.
   */
  @RolesAllowed(Roles.ADMIN)
  public Site register(String studyCode, NewSite request) {
    Study study = studies.byCode(studyCode);
    if (sites.byCode(study, request.code()).isPresent()) {
      throw new SiteCodeTakenException(study.code(), request.code());
    }
    checkCovariates(study, request.code(), request.covariates());
    return add(study, request);
  }

  /**
   * Registers every site of a spreadsheet in one transaction, or none: any bad row refuses the
   * whole file with every problem listed.
   */
  @RolesAllowed(Roles.ADMIN)
  public List<Site> importFile(String studyCode, SiteFileFormat format, InputStream file) {
    Study study = studies.byCode(studyCode);
    Set<String> taken = sites.of(study).stream().map(Site::code).collect(Collectors.toSet());
    SiteFile read = new SiteFileReader(covariateRules(study), validator, taken).read(file, format);
    if (!read.isValid()) {
      throw new SiteFileRefusedException(read.errors());
    }
    List<Site> added = read.sites().stream().map(s -> add(study, s)).toList();
    LOG.info(() -> "Imported " + added.size() + " sites into study " + study.code());
    return added;
  }

  /**
   * Corrects a site's record, each changed field audited with the reason. A randomized site keeps
   * its stratum and covariates (the recorded draw used them).
   */
  @RolesAllowed(Roles.ADMIN)
  public Site change(String studyCode, String siteCode, SiteChange change) {
    Site site = byCode(studyCode, siteCode);
    checkCovariates(site.study(), site.code(), change.covariates());
    Changes changes = site.change(change, arms.armOf(site).isPresent());
    audit.changed(subject(site), changes, change.reason());
    LOG.info(() -> "Changed site " + studyCode + "/" + siteCode + " (" + changes.list().size() + " fields)");
    return site;
  }

  /** The covariate rules of the study's file, for forms and file templates. */
  public CovariateRules covariateRules(String studyCode) {
    return covariateRules(studies.byCode(studyCode));
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

  /** Opens a site for enrollment today, in the study's time zone. */
  @RolesAllowed(Roles.ADMIN)
  public Site activate(String studyCode, String siteCode) {
    Site site = byCode(studyCode, siteCode);
    SiteStatus before = site.status();
    site.activate(calendar.today(studyCode));
    if (before != site.status()) {
      audit.changed(subject(site), "status", before, site.status(), "Site opened for enrollment");
    }
    LOG.info(() -> "Activated site " + studyCode + "/" + siteCode);
    return site;
  }

  /** Closes a site for good, with the reason audited; a closed site enrolls no one and cannot reopen. */
  @RolesAllowed(Roles.ADMIN)
  public Site close(String studyCode, String siteCode, String reason) {
    Site site = byCode(studyCode, siteCode);
    SiteStatus before = site.status();
    site.close();
    audit.changed(subject(site), "status", before, site.status(), reason);
    LOG.info(() -> "Closed site " + studyCode + "/" + siteCode);
    return site;
  }

  private Site add(Study study, NewSite request) {
    Site site = new Site(study, request, clock.instant());
    sites.add(site);
    audit.created(subject(site), Map.of("name", site.name(), "status", site.status(), "covariates", site.covariates()));
    LOG.info(() -> "Registered site " + study.code() + "/" + site.code());
    return site;
  }

  /** Without covariates there is nothing to check (a study file is not even needed). */
  private void checkCovariates(Study study, String siteCode, Map<String, String> values) {
    if (values.isEmpty()) {
      return;
    }
    List<CovariateRules.Violation> violations = covariateRules(study).check(values);
    if (!violations.isEmpty()) {
      throw new InvalidCovariatesException(siteCode, violations);
    }
  }

  private CovariateRules covariateRules(Study study) {
    return CovariateRules.of(protocols.protocol(study.code()).randomization());
  }

  private static AuditSubject subject(Site site) {
    return AuditSubject.of("site", String.valueOf(site.id())).inStudy(site.study().code()).atSite(site.code());
  }
}
