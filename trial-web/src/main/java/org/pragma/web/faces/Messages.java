package org.pragma.web.faces;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.validation.ConstraintViolationException;
import jakarta.faces.context.FacesContext;
import org.pragma.shared.DomainException;

/** The one place page beans turn outcomes into Faces messages. */
public final class Messages {
  private Messages() {}

  /** An error about one field (or the whole form when {@code clientId} is null). */
  public static void error(String clientId, String summary, String detail) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
  }

  public static void info(String summary, String detail) {
    add(null, FacesMessage.SEVERITY_INFO, summary, detail);
  }

  /** A domain refusal shown next to {@code clientId} (or globally when null), never a stack trace. */
  public static void refused(String clientId, DomainException e) {
    add(clientId, FacesMessage.SEVERITY_ERROR, "Not saved", e.getMessage());
  }

  /** A domain refusal with each of its individual problems (fields, items) as a message of its own. */
  public static void refusedWithErrors(DomainException e) {
    refusedWithErrors(null, e);
  }

  /** The same, shown next to {@code clientId} (the button that was refused). */
  public static void refusedWithErrors(String clientId, DomainException e) {
    refused(clientId, e);
    e.errors().forEach(err -> error(clientId, "Check",
        err instanceof org.pragma.enrollment.EnrollmentError ee ? ee.field() + " " + ee.message() : String.valueOf(err)));
  }

  /**
   * A service call refused by bean validation (an {@link EJBException} around the violations):
   * each violation as "field message"; a write that lost a race to someone else's as "reload and try
   * again". Anything else is rethrown.
   */
  public static void invalid(String clientId, EJBException e) {
    if (org.pragma.shared.ConcurrentChange.causedBy(e)) {
      add(clientId, FacesMessage.SEVERITY_ERROR, "Not saved", org.pragma.shared.ConcurrentChange.MESSAGE);
      return;
    }
    if (!(e.getCause() instanceof ConstraintViolationException violations)) {
      throw e;
    }
    violations.getConstraintViolations().stream()
        .map(v -> lastNode(v.getPropertyPath().toString()) + " " + v.getMessage())
        .sorted()
        .forEach(m -> add(clientId, FacesMessage.SEVERITY_ERROR, "Not saved", m));
  }

  private static String lastNode(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String summary, String detail) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, detail));
  }
}
