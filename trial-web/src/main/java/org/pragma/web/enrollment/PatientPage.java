package org.pragma.web.enrollment;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.pragma.audit.AuditRow;
import org.pragma.enrollment.PatientRecord;
import org.pragma.enrollment.PatientService;
import org.pragma.enrollment.PatientStatus;
import org.pragma.enrollment.StatusChange;
import org.pragma.shared.DomainException;
import org.pragma.web.faces.Form;
import org.pragma.web.faces.Labels;
import org.pragma.web.faces.Messages;
import org.pragma.web.faces.PagedRows;

/** A patient's page: status, arm, package, protocol version, consent, schedule, data and audit history. */
@Named
@ViewScoped
public class PatientPage implements Serializable {
  private static final long serialVersionUID = 1L;
  /** History rows per page; patient.xhtml's table shows as many. */
  public static final int HISTORY_ROWS = 15;

  @EJB private transient PatientService patients;
  @Inject private org.pragma.protocol.StudyCalendar calendar;
  @EJB private transient org.pragma.followup.VisitDataService visitData;
  @EJB private transient org.pragma.followup.FollowUpService followUp;
  @EJB private transient org.pragma.spending.SpendingService spending;
  private String unreachableReason = "";

  private String study;
  private String id;
  private PatientRecord patient;
  private PagedRows<AuditRow> history;
  private java.util.Map<String, String> statuses = java.util.Map.of();
  private PatientStatus newStatus;
  private String zone = "UTC";
  private static final Form STATUS_FORM = Form.at("patient:saveStatus").field("status", "patient:newStatus", "New status")
      .field("effectiveOn", "patient:effectiveOn", "Effective on").field("reason", "patient:reason", "Reason");
  private String effectiveOn = "";
  private org.pragma.spending.PatientUtilization utilization;
  private String reason = "";

  public void load() {
    try {
      patient = patients.get(study, id);
      history = new PagedRows<>(page -> patients.history(study, id, page), HISTORY_ROWS);
      statuses = visitStatuses();
      effectiveOn = calendar.today(study).toString();
      zone = calendar.zone(study).getId();
      utilization = spending.patient(study, id);
    } catch (DomainException e) {
      if (e.kind() == DomainException.Kind.NOT_FOUND) {
        throw e; // another site's patient or no such patient: the "not found, or not yours" page (NotFoundHandler)
      }
      Messages.refused(null, e);
    }
  }

  public void changeStatus() {
    try {
      patient = patients.changeStatus(study, id, new StatusChange(newStatus, LocalDate.parse(effectiveOn), reason));
      statuses = visitStatuses();
      Messages.info("Saved", "Status is now " + Labels.label(patient.status()).toLowerCase(java.util.Locale.ROOT) + ".");
      newStatus = null;
      reason = "";
    } catch (DateTimeParseException e) {
      Messages.error("patient:effectiveOn", null, "Effective on: enter a date as YYYY-MM-DD.");
    } catch (DomainException e) {
      Messages.refused(e, STATUS_FORM);
    } catch (EJBException e) {
      Messages.invalid(e, STATUS_FORM);
    }
  }

  /** The patient's claims in the look-back and the 12 months after enrollment, one row per period. */
  public java.util.List<Period> getSpending() {
    if (utilization == null) {
      return java.util.List.of();
    }
    return java.util.List.of(
        new Period("12 months before enrollment", utilization.lookBackFrom() + " to " + utilization.enrolledOn().minusDays(1), utilization.before()),
        new Period("12 months from enrollment", utilization.enrolledOn() + " to " + utilization.followUpTo(), utilization.after()));
  }

  /** Whether any claim line of the patient falls in either period. */
  public boolean isHasClaims() {
    return getSpending().stream().anyMatch(p -> p.figures().services().values().stream().anyMatch(n -> n > 0));
  }

  /** One period of a patient's spending, with the categories that have services, as a page shows them. */
  public record Period(String name, String days, org.pragma.spending.SpendingFigures figures) implements java.io.Serializable {
    public String getServices() {
      return figures.services().entrySet().stream().filter(e -> e.getValue() > 0)
          .map(e -> Labels.label(e.getKey()) + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
    }
  }

  private java.util.Map<String, String> visitStatuses() {
    java.util.Map<String, String> map = new java.util.HashMap<>();
    visitData.schedule(study, id, null).forEach(v -> map.put(v.code(), v.statusLabel()));
    return map;
  }

  /** Each visit's derived status (upcoming, due soon, overdue, completed...), by visit code. */
  public java.util.Map<String, String> getStatuses() {
    return statuses;
  }

  /** Marks the patient unreachable, or reachable again, with the reason. */
  public void toggleUnreachable() {
    try {
      followUp.markUnreachable(study, id, !patient.unreachable(), unreachableReason);
      patient = patients.get(study, id);
      unreachableReason = "";
    } catch (DomainException e) {
      Messages.refused("patient:toggleUnreachable", e);
    } catch (EJBException e) {
      Messages.invalid("patient:toggleUnreachable", e);
    }
  }

  public String getUnreachableReason() {
    return unreachableReason;
  }

  public void setUnreachableReason(String unreachableReason) {
    this.unreachableReason = unreachableReason;
  }

  /** The statuses the patient can move to now. */
  public List<PatientStatus> getNextStatuses() {
    return patient == null ? List.of() : patient.status().next().stream().sorted().toList();
  }

  public PatientRecord getPatient() {
    return patient;
  }

  /** What a history row is about, in words: the patient, their screening, a visit, or a visit's contact attempt. */
  public String about(AuditRow row) {
    return switch (row.entity()) {
      case "patient" -> "Patient";
      case "screening" -> "Screening";
      case "visit" -> "Visit data";
      case "contact" -> "Contact attempt, " + visitName(row.entityId().substring(0, Math.max(0, row.entityId().indexOf('@'))));
      default -> row.entity();
    };
  }

  private String visitName(String code) {
    return patient == null ? code : patient.visits().stream().filter(v -> v.code().equals(code))
        .map(PatientRecord.VisitRecord::name).findFirst().orElse(code);
  }

  /** The study's time zone, in which the history's times are shown. */
  public String getZone() {
    return zone;
  }

  /** The history's "When" column heading: the zone's abbreviation, e.g. "When (CDT)". */
  public String getWhenHeading() {
    return "When (" + java.time.format.DateTimeFormatter.ofPattern("z", java.util.Locale.ENGLISH)
        .format(calendar.now(study)) + ")";
  }

  /** The audit history, read a page at a time (the table re-reads it whenever it is rendered). */
  public PagedRows<AuditRow> getHistory() {
    return history;
  }

  public String getStudy() {
    return study;
  }

  public void setStudy(String study) {
    this.study = study;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public PatientStatus getNewStatus() {
    return newStatus;
  }

  public void setNewStatus(PatientStatus newStatus) {
    this.newStatus = newStatus;
  }

  public String getEffectiveOn() {
    return effectiveOn;
  }

  public void setEffectiveOn(String effectiveOn) {
    this.effectiveOn = effectiveOn;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
