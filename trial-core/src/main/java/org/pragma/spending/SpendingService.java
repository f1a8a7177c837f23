package org.pragma.spending;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pragma.enrollment.Patient;
import org.pragma.enrollment.PatientService;
import org.pragma.protocol.Arm;
import org.pragma.protocol.ProtocolService;
import org.pragma.security.Roles;
import org.pragma.spending.SpendingWindow.Period;
import org.pragma.spending.jpa.ClaimLineStore;
import org.pragma.study.Study;
import org.pragma.study.StudyService;

/**
 * Spending and utilization measures from the imported claims: per patient (scoped like every
 * patient record) and per site and arm (for statisticians, data managers and admins only: spending
 * by arm is an outcome result, kept from interim views of investigators).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
public class SpendingService {
  @PersistenceContext(unitName = "pragma") EntityManager em;
  @EJB PatientService patients;
  @EJB StudyService studies;
  @EJB ProtocolService protocols;
  @Inject ClaimLineStore store;

  public PatientUtilization patient(String studyCode, String studyId) {
    Patient p = patients.patient(studyCode, studyId);
    SpendingWindow window = protocols.protocol(studyCode).spending();
    PatientSpending before = store.spending(List.of(p.id()), window, Period.BEFORE).get(p.id());
    PatientSpending after = store.spending(List.of(p.id()), window, Period.AFTER).get(p.id());
    return new PatientUtilization(p.studyId(), p.enrolledOn(), window.earliest(p.enrolledOn()),
        p.enrolledOn().plusDays(SpendingWindow.FOLLOW_UP_DAYS - 1), SpendingFigures.of(before), SpendingFigures.of(after));
  }

  /** Per site (by code) and per arm, every enrolled patient counted, those without claims as zeros. */
  @RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER})
  public List<GroupUtilization> byGroup(String studyCode) {
    Study study = studies.byCode(studyCode);
    List<Object[]> rows = em.createQuery("select p.id, s.code, s.name, p.arm from Patient p join p.site s where p.study = :study"
        + " order by s.code", Object[].class).setParameter("study", study).getResultList();
    List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
    SpendingWindow window = protocols.protocol(studyCode).spending();
    Map<Long, PatientSpending> before = store.spending(ids, window, Period.BEFORE);
    Map<Long, PatientSpending> after = store.spending(ids, window, Period.AFTER);
    Map<String, String> armNames = new LinkedHashMap<>();
    protocols.protocol(studyCode).arms().forEach(a -> armNames.put(a.code(), a.name()));
    Map<String, List<Long>> bySite = new TreeMap<>();
    Map<String, String> siteNames = new TreeMap<>();
    Map<String, List<Long>> byArm = new LinkedHashMap<>();
    armNames.keySet().forEach(a -> byArm.put(a, new ArrayList<>()));
    for (Object[] r : rows) {
      bySite.computeIfAbsent((String) r[1], k -> new ArrayList<>()).add((Long) r[0]);
      siteNames.put((String) r[1], (String) r[2]);
      byArm.computeIfAbsent((String) r[3], k -> new ArrayList<>()).add((Long) r[0]);
    }
    List<GroupUtilization> groups = new ArrayList<>();
    byArm.forEach((arm, members) -> groups.add(group("arm:" + arm, armNames.getOrDefault(arm, arm), members, before, after)));
    bySite.forEach((site, members) -> groups.add(group("site:" + site, siteNames.get(site), members, before, after)));
    return groups;
  }

  private static GroupUtilization group(String key, String label, List<Long> members, Map<Long, PatientSpending> before,
      Map<Long, PatientSpending> after) {
    return new GroupUtilization(key, label, GroupSpending.of(members.stream().map(before::get).toList()),
        GroupSpending.of(members.stream().map(after::get).toList()));
  }
}
