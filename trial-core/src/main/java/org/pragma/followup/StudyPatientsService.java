package org.pragma.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pragma.protocol.Arm;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.StudyCalendar;
import org.pragma.protocol.StudyProtocol;
import org.pragma.security.Roles;
import org.pragma.shared.ImplausibleDateException.FieldProblem;
import org.pragma.shared.Page;
import org.pragma.shared.PageRequest;
import org.pragma.site.Site;
import org.pragma.site.SiteService;
import org.pragma.study.Study;
import org.pragma.study.StudyService;

/**
 * The study's patients across the caller's clinics (a coordinator: their own; an investigator: every
 * clinic of their studies; admins, statisticians and data managers: all), narrowed as the dashboard
 * counts them, so that each CONSORT count opens the list of the patients it counts. Study data only:
 * names and record numbers stay on the clinic's own list.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
public class StudyPatientsService {
  @EJB StudyService studies;
  @EJB SiteService sites;
  @EJB ProtocolService protocols;
  @Inject StudyPatients patients;
  @Inject StudyCalendar calendar;

  /** One page of the patients the filter matches, by study ID, with the number in all; an unknown clinic or one outside the caller's is "not found". */
  public Page<ListedPatient> list(String studyCode, PatientFilter filter, PageRequest page) {
    Study study = studies.byCode(studyCode);
    StudyProtocol protocol = protocols.protocol(study.code());
    check(protocol, filter);
    List<Site> scope = filter.site() != null ? List.of(sites.byCode(study.code(), filter.site())) : sites.of(study.code());
    LocalDate today = calendar.today(study.code());
    long total = patients.count(study, scope, filter, today);
    if (total <= page.offset()) {
      return Page.of(List.of(), page, total);
    }
    Map<Long, Site> byId = new HashMap<>();
    scope.forEach(s -> byId.put(s.id(), s));
    Map<String, String> visitNames = visitNames(protocol);
    return Page.of(patients.page(study, scope, filter, today, page).stream()
        .map(r -> row(r, byId.get(r.siteId()), protocol, filter.visit(), visitNames.get(filter.visit()), today)).toList(), page, total);
  }

  /** Every visit of the study's arms once, code to name, in schedule order (for the list's visit filter). */
  public Map<String, String> visits(String studyCode) {
    return visitNames(protocols.protocol(studies.byCode(studyCode).code()));
  }

  private static ListedPatient row(StudyPatients.Row r, Site site, StudyProtocol protocol, String visit, String visitName,
      LocalDate today) {
    ConsortOutcome outcome = r.visit() == null ? null : ConsortOutcome.of(VisitStatus.of(r.visit().dates(), r.visit().complete(),
        r.visit().visitOn(), r.status(), r.statusOn(), today).completion(), r.status());
    return new ListedPatient(r.studyId(), site.code(), site.name(), r.arm(), protocol.arm(r.arm()).map(Arm::name).orElse(r.arm()),
        r.enrolledOn(), r.status(), r.statusOn(), r.visit() == null ? null : visit, r.visit() == null ? null : visitName, outcome);
  }

  private static Map<String, String> visitNames(StudyProtocol protocol) {
    Map<String, org.pragma.protocol.Visit> byCode = new LinkedHashMap<>();
    protocol.arms().forEach(a -> a.schedule().visits().forEach(v -> byCode.putIfAbsent(v.code(), v)));
    Map<String, String> names = new LinkedHashMap<>();
    byCode.values().stream().sorted(java.util.Comparator.comparingInt(org.pragma.protocol.Visit::targetDay))
        .forEach(v -> names.put(v.code(), v.name()));
    return names;
  }

  private static void check(StudyProtocol protocol, PatientFilter filter) {
    List<FieldProblem> problems = new ArrayList<>();
    if (filter.arm() != null && protocol.arm(filter.arm()).isEmpty()) {
      problems.add(new FieldProblem("arm", "The study has no arm " + filter.arm() + "."));
    }
    if (filter.visit() != null && !visitNames(protocol).containsKey(filter.visit())) {
      problems.add(new FieldProblem("visit", "The study's schedule has no visit " + filter.visit() + "."));
    }
    if (filter.outcome() != null && filter.visit() == null) {
      problems.add(new FieldProblem("outcome", "Choose the visit whose outcome the list shows."));
    }
    if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
      problems.add(new FieldProblem("to", "The end of the date range is before its start."));
    }
    if (!problems.isEmpty()) {
      throw new PatientFilterException(problems);
    }
  }
}
