package org.pragma.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.pragma.audit.Audit;
import org.pragma.audit.AuditSubject;
import org.pragma.audit.Changes;
import org.pragma.enrollment.Patient;
import org.pragma.enrollment.Patients;
import org.pragma.protocol.Arm;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.ProtocolVersion;
import org.pragma.protocol.StudyProtocol;
import org.pragma.security.Roles;
import org.pragma.shared.DomainException;
import org.pragma.study.Study;
import org.pragma.study.StudyService;

/**
 * After a protocol amendment, new patients get the new schedule at enrollment; patients enrolled
 * before keep theirs unless an admin or statistician migrates them explicitly: the preview shows every
 * change, applying it (with a reason) moves the visits without data, adds new visits and records the
 * patient under the new version, each change audited. Visits with data keep the dates they were done under.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN})
public class ScheduleMigrationService {
  private static final Logger LOG = Logger.getLogger(ScheduleMigrationService.class.getName());

  @EJB StudyService studies;
  @EJB ProtocolService protocols;
  @Inject Patients patients;
  @Inject Visits visits;
  @Inject Audit audit;

  public ScheduleMigration preview(String studyCode) {
    return run(studyCode, null);
  }

  public ScheduleMigration apply(String studyCode, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new DomainException(DomainException.Kind.INVALID, "reason-required", "Say why the schedules are migrated.");
    }
    return run(studyCode, reason.strip());
  }

  private ScheduleMigration run(String studyCode, String reason) {
    Study study = studies.byCode(studyCode);
    ProtocolVersion latest = protocols.versionInForce(studyCode);
    StudyProtocol protocol = protocols.protocolOf(latest);
    List<ScheduleMigration.PatientChange> changes = new ArrayList<>();
    for (Patient p : patients.notUnder(study, latest)) {
      Optional<Arm> arm = protocol.arm(p.arm());
      if (arm.isEmpty()) {
        continue;
      }
      List<ScheduleMigration.VisitChange> visitChanges = migrate(p, arm.get(), reason != null, reason);
      changes.add(new ScheduleMigration.PatientChange(p.studyId(), p.protocolVersion().label() + " (version "
          + p.protocolVersion().sequence() + ")", visitChanges));
      if (reason != null) {
        audit.changed(AuditSubject.of("patient", String.valueOf(p.id())).inStudy(study.code()).atSite(p.site().code()),
            "protocolVersion", p.protocolVersion().sequence(), latest.sequence(), reason);
        p.migrateTo(latest);
      }
    }
    if (reason != null) {
      LOG.info(() -> "Migrated " + changes.size() + " patients of " + studyCode + " to protocol version " + latest.sequence());
    }
    return new ScheduleMigration(study.code(), latest.label() + " (version " + latest.sequence() + ")", reason != null, changes);
  }

  private List<ScheduleMigration.VisitChange> migrate(Patient p, Arm arm, boolean apply, String reason) {
    Map<String, PatientVisit> existing = new LinkedHashMap<>();
    visits.of(p).forEach(v -> existing.put(v.code(), v));
    List<ScheduleMigration.VisitChange> out = new ArrayList<>();
    for (PlannedVisit plan : VisitPlanner.plan(arm.schedule(), p.enrolledOn())) {
      PatientVisit v = existing.remove(plan.code());
      if (v == null) {
        out.add(new ScheduleMigration.VisitChange(plan.code(), ScheduleMigration.Kind.ADDED, null, plan.target(), null,
            plan.opens(), null, plan.closes()));
        if (apply) {
          PatientVisit added = new PatientVisit(p, plan);
          visits.add(added);
          visits.flush();
          audit.created(VisitDataService.subject(p, added), Map.of("targetOn", plan.target(), "opensOn", plan.opens(),
              "closesOn", plan.closes(), "reason", reason));
        }
      } else if (v.dataState() != PatientVisit.DataState.NONE || v.locked()) {
        out.add(new ScheduleMigration.VisitChange(v.code(), ScheduleMigration.Kind.KEPT_HAS_DATA, v.targetOn(), v.targetOn(),
            v.opensOn(), v.opensOn(), v.closesOn(), v.closesOn()));
      } else if (!v.targetOn().equals(plan.target()) || !v.opensOn().equals(plan.opens()) || !v.closesOn().equals(plan.closes())) {
        out.add(new ScheduleMigration.VisitChange(v.code(), ScheduleMigration.Kind.MOVED, v.targetOn(), plan.target(),
            v.opensOn(), plan.opens(), v.closesOn(), plan.closes()));
        if (apply) {
          Changes c = Changes.of().field("targetOn", v.targetOn(), plan.target()).field("opensOn", v.opensOn(), plan.opens())
              .field("closesOn", v.closesOn(), plan.closes());
          v.reschedule(plan);
          audit.changed(VisitDataService.subject(p, v), c, reason);
        }
      }
    }
    existing.values().forEach(v -> out.add(new ScheduleMigration.VisitChange(v.code(),
        ScheduleMigration.Kind.KEPT_NOT_IN_NEW_SCHEDULE, v.targetOn(), v.targetOn(), v.opensOn(), v.opensOn(), v.closesOn(),
        v.closesOn())));
    return out;
  }
}
