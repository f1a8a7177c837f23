package org.pragma.web.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.Optional;
import org.pragma.shared.DomainException;

/**
 * A page asked for a record that does not exist or is outside the caller's scope (a study URL of
 * someone else's study, a mistyped code): the "not found or not yours" page with status 404, never
 * the error page. Both cases read the same, so that nothing confirms another study exists.
 */
public class NotFoundHandler extends ExceptionHandlerWrapper {
  static final String PAGE = "/notfound.xhtml";

  public NotFoundHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Optional<DomainException> notFound = notFound(events.next().getContext().getException());
      FacesContext faces = FacesContext.getCurrentInstance();
      if (notFound.isPresent() && !faces.getExternalContext().isResponseCommitted()) {
        events.remove();
        faces.getExternalContext().setResponseStatus(404);
        faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, PAGE));
        faces.getPartialViewContext().setRenderAll(true);
        faces.renderResponse();
        break;
      }
    }
    getWrapped().handle();
  }

  static Optional<DomainException> notFound(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DomainException e && e.kind() == DomainException.Kind.NOT_FOUND) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new NotFoundHandler(getWrapped().getExceptionHandler());
    }
  }
}
