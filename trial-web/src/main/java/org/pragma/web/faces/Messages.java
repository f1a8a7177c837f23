package org.pragma.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.pragma.shared.DomainException;

/** The one place page beans turn outcomes into Faces messages. */
public final class Messages {
  private Messages() {}

  public static void info(String summary, String detail) {
    add(null, FacesMessage.SEVERITY_INFO, summary, detail);
  }

  /** A domain refusal shown next to {@code clientId} (or globally when null), never a stack trace. */
  public static void refused(String clientId, DomainException e) {
    add(clientId, FacesMessage.SEVERITY_ERROR, "Not saved", e.getMessage());
  }

  private static void add(String clientId, FacesMessage.Severity severity, String summary, String detail) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, detail));
  }
}
