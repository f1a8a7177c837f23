package org.pragma.web.faces;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import org.pragma.shared.ConcurrentChange;
import org.pragma.shared.DomainException;

/**
 * The one place page beans turn outcomes into Faces messages. Every message is one sentence (its
 * summary and detail are the same text, and {@link OnceMessagesRenderer} prints it once), added once,
 * beside the field or button it concerns; a refusal with several problems shows every one of them,
 * each named by the field's label, never a field code or a record's toString().
 */
public final class Messages {
  private Messages() {}

  /**
   * An error about one field (or the whole form when {@code clientId} is null), as one text: the
   * summary ("Not imported") as its first sentence, then the detail.
   */
  public static void error(String clientId, String summary, String detail) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text(summary, detail));
  }

  public static void info(String summary, String detail) {
    add(null, FacesMessage.SEVERITY_INFO, text(summary, detail));
  }

  /** What an action did, shown beside its button ({@code clientId}), where the user is looking. */
  public static void done(String clientId, String text) {
    add(clientId, FacesMessage.SEVERITY_INFO, text);
  }

  /** A domain refusal shown next to {@code clientId} (or globally when null), never a stack trace. */
  public static void refused(String clientId, DomainException e) {
    refused(e, Form.at(clientId));
  }

  /** A refusal whose individual problems the page lists itself (a table of bad rows): its message only. */
  public static void refusedListedOnPage(String clientId, DomainException e) {
    add(clientId, FacesMessage.SEVERITY_ERROR, plain(e.getMessage()));
  }

  /** A domain refusal with each of its individual problems (fields, items) as a message of its own. */
  public static void refusedWithErrors(DomainException e) {
    refused(e, Form.at(null));
  }

  /** The same, shown next to {@code clientId} (the button that was refused). */
  public static void refusedWithErrors(String clientId, DomainException e) {
    refused(e, Form.at(clientId));
  }

  /**
   * A domain refusal on {@code form}: each individual problem beside its field (or the form's button),
   * named by the field's label; a refusal without individual problems as its message, beside the button.
   */
  public static void refused(DomainException e, Form form) {
    if (e.errors().isEmpty()) {
      add(form.button(), FacesMessage.SEVERITY_ERROR, plain(e.getMessage()));
      return;
    }
    e.errors().stream().map(FieldErrors::of).forEach(err ->
        add(form.clientIdOf(err.field()), FacesMessage.SEVERITY_ERROR, FieldErrors.sentence(form.labelOf(err.field()), err.message())));
  }

  /**
   * A service call refused by bean validation (an {@link EJBException} around the violations):
   * each violation as "Label message"; a write that lost a race to someone else's as "reload and try
   * again". Anything else is rethrown.
   */
  public static void invalid(String clientId, EJBException e) {
    invalid(e, Form.at(clientId));
  }

  /** The same on {@code form}: each violation beside its field, named by the field's label. */
  public static void invalid(EJBException e, Form form) {
    if (ConcurrentChange.causedBy(e)) {
      add(form.button(), FacesMessage.SEVERITY_ERROR, ConcurrentChange.MESSAGE);
      return;
    }
    if (!(e.getCause() instanceof ConstraintViolationException violations)) {
      throw e;
    }
    violations.getConstraintViolations().stream()
        .map(v -> new FieldErrors.FieldError(v.getPropertyPath().toString(), v.getMessage()))
        .sorted(java.util.Comparator.comparing(FieldErrors.FieldError::field))
        .forEach(v -> add(form.clientIdOf(v.field()), FacesMessage.SEVERITY_ERROR, FieldErrors.sentence(form.labelOf(v.field()), v.message())));
  }

  /** Whether a message is showing for {@code clientId} (for pages that mark a field in error). */
  public static boolean any(String clientId) {
    return FacesContext.getCurrentInstance().getMessages(clientId).hasNext();
  }

  /** A domain message for a page: without the REST document's pointer to its error list. */
  static String plain(String message) {
    if (message == null) {
      return "Not saved.";
    }
    return message.replaceAll("(?i)[:;,]?\\s*see (the )?errors\\.?", ".").replace("..", ".").strip();
  }

  /** "Site saved. Site S1 was corrected...": one text; the heading only when the detail does not already say it. */
  static String text(String summary, String detail) {
    if (detail == null || detail.isBlank()) {
      return summary == null ? "" : summary;
    }
    if (summary == null || summary.isBlank() || detail.toLowerCase(java.util.Locale.ROOT).contains(summary.toLowerCase(java.util.Locale.ROOT))) {
      return detail;
    }
    return summary + (summary.endsWith(".") ? " " : ". ") + detail;
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext context = FacesContext.getCurrentInstance();
    boolean shown = context.getMessageList(clientId).stream().anyMatch(m -> text.equals(m.getSummary()));
    if (!shown) {
      context.addMessage(clientId, new FacesMessage(severity, text, text));
    }
  }
}
