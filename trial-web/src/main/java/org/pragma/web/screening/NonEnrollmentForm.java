package org.pragma.web.screening;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.pragma.screening.NonEnrollment;
import org.pragma.screening.NonEnrollmentUndo;
import org.pragma.screening.NotEnrolled;
import org.pragma.screening.ScreeningRecord;
import org.pragma.screening.ScreeningService;
import org.pragma.shared.DomainException;
import org.pragma.web.faces.Form;
import org.pragma.web.faces.Messages;

/**
 * The screening log's "not enrolled" column: on an eligible patient's row the coordinator records that the patient
 * declined or was not enrolled for another reason (in words), or undoes it when the patient changes their mind.
 * Each row's outcome shows beside its own button.
 */
@Named
@ViewScoped
public class NonEnrollmentForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private transient ScreeningService screenings;
  @Inject private ScreenPatientPage page;

  /** The reason chosen on each row, by screening id, as the menu's value (a constant's name: a map has no type to convert to). */
  private final Map<Long, String> reasons = new HashMap<>();
  private final Map<Long, String> notes = new HashMap<>();

  /** Records why the patient of this screening was not enrolled; the coordinator must choose why (no reason is assumed). */
  public void record(ScreeningRecord s) {
    String reason = reasons.get(s.id());
    if (reason == null || reason.isBlank()) {
      String button = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("jakarta.faces.source");
      String row = button == null ? "screen:log:" : button.substring(0, button.lastIndexOf(':') + 1);
      Messages.error(row + "reason", null, "Choose why the patient was not enrolled.");
      return;
    }
    run(s, "Recorded as not enrolled.", () -> screenings.notEnrolled(page.getStudy(), page.getSite(), s.id(),
        new NotEnrolled(NonEnrollment.valueOf(reason), notes.get(s.id()), s.version())));
  }

  public void undo(ScreeningRecord s) {
    run(s, "Undone: the patient can be enrolled.", () -> screenings.undoNotEnrolled(page.getStudy(), page.getSite(), s.id(),
        new NonEnrollmentUndo(notes.get(s.id()), s.version())));
  }

  private void run(ScreeningRecord s, String done, Runnable call) {
    String button = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("jakarta.faces.source");
    String row = button == null ? "screen:log:" : button.substring(0, button.lastIndexOf(':') + 1);
    Form form = Form.at(button).field("note", row + "note", "Reason").field("reason", row + "note", "Reason");
    try {
      call.run();
      notes.remove(s.id());
      reasons.remove(s.id());
      page.reloadLog();
      Messages.done("screen:log", done);
    } catch (DomainException e) {
      Messages.refused(e, form);
    } catch (EJBException e) {
      Messages.invalid(e, form);
    }
  }

  public NonEnrollment[] getChoices() {
    return NonEnrollment.values();
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }
}
