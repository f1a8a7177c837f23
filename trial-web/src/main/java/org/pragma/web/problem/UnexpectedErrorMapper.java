package org.pragma.web.problem;

import org.pragma.shared.ConcurrentChange;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.logging.Logger;
import org.pragma.shared.DomainException;

/**
 * Last line of defence. EJB wrappers are unwrapped so a domain or validation error inside a bean
 * still gets its own mapper; anything else is logged once with an incident id (see {@link Incidents})
 * and answered with a 500 problem that reveals no internals.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());
  private static final Incidents INCIDENTS = new Incidents(LOG);

  @Context Providers providers;

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Response toResponse(Throwable e) {
    Throwable cause = unwrap(e);
    if (cause != e
        && (cause instanceof DomainException
            || cause instanceof ConstraintViolationException
            || cause instanceof WebApplicationException)) {
      ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
      return mapper.toResponse(cause);
    }
    java.util.Optional<Response> tooLarge = RequestSizeLimit.TooLarge.in(e);
    if (tooLarge.isPresent()) {
      return tooLarge.get();
    }
    if (ConcurrentChange.causedBy(e)) {
      LOG.info(() -> "Lost race answered with 409: " + cause);
      return Problem.of(Response.Status.CONFLICT, "concurrent-change", ConcurrentChange.MESSAGE).toResponse();
    }
    String incident = INCIDENTS.of(e);
    return Problem.of(
            Response.Status.INTERNAL_SERVER_ERROR,
            "internal-error",
            "Something went wrong on the server; nothing was saved. Incident " + incident + ".")
        .toResponse();
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while (t instanceof EJBException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
