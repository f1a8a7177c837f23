package org.pragma.study;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.pragma.audit.Audit;
import org.pragma.audit.AuditSubject;
import org.pragma.audit.Changes;
import org.pragma.security.CurrentUser;
import org.pragma.security.Roles;
import org.pragma.security.SiteScope;

/**
 * Registers, corrects and lists studies. Admins set studies up; everyone else sees the studies in
 * their {@link SiteScope} only, and a study outside it is "not found" (the attempt is logged).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
public class StudyService {
  private static final Logger LOG = Logger.getLogger(StudyService.class.getName());

  @Inject Studies studies;
  @Inject Clock clock;
  @Inject Audit audit;
  @Inject CurrentUser currentUser;
  @Inject StudyFacts facts;

  /** Registers a study in planning; its code must be new. */
  @RolesAllowed(Roles.ADMIN)
  public Study register(@NotNull @Valid NewStudy request) {
    if (studies.byCode(request.code()).isPresent()) {
      throw new StudyCodeTakenException(request.code());
    }
    Study study = new Study(request, clock.instant());
    studies.add(study);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("code", study.code());
    values.put("title", study.title());
    values.put("registryId", study.registryId());
    values.put("closed", study.closed());
    audit.created(subject(study), values);
    LOG.info(() -> "Registered study " + study.code());
    return study;
  }

  /** The study a protocol file defines, registered on its first load. */
  @RolesAllowed(Roles.ADMIN)
  public Study ensure(String code, String title, String registryId) {
    return studies.byCode(code).orElseGet(() -> register(new NewStudy(code, title, registryId)));
  }

  /** Corrects a study; every changed field is audited with the reason. */
  @RolesAllowed(Roles.ADMIN)
  public Study revise(String code, @NotNull @Valid StudyChange change) {
    Study study = byCode(code);
    Changes changes =
        Changes.of()
            .field("title", study.title(), change.title().strip())
            .field("registryId", study.registryId(), change.registryId())
            .field("closed", study.closed(), change.closed());
    audit.changed(subject(study), changes, change.reason());
    study.revise(change);
    LOG.info(() -> "Revised study " + code);
    return study;
  }

  /** The studies the caller may see, by code. */
  public List<Study> all() {
    SiteScope scope = currentUser.scope();
    return studies.all().stream().filter(s -> scope.coversStudy(s.code())).toList();
  }

  /** The studies the caller may see, each with the status its facts give. */
  public List<StudyOverview> overview() {
    return overviews(all());
  }

  /** One study the caller may see, with its status. */
  public StudyOverview overview(String code) {
    return overviews(List.of(byCode(code))).get(0);
  }

  private List<StudyOverview> overviews(List<Study> list) {
    Map<String, StudyProgress> progress = list.isEmpty() ? Map.of() : facts.progress(list);
    return list.stream()
        .map(s -> new StudyOverview(s, s.status(progress.getOrDefault(s.code(), StudyProgress.NOTHING_YET))))
        .toList();
  }

  public Study byCode(String code) {
    Study study = studies.byCode(code).orElseThrow(() -> new StudyNotFoundException(code));
    if (!currentUser.scope().coversStudy(code)) {
      currentUser.refused("study", code);
      throw new StudyNotFoundException(code);
    }
    return study;
  }

  private static AuditSubject subject(Study study) {
    return AuditSubject.of("study", study.code()).inStudy(study.code());
  }
}
