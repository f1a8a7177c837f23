package org.pragma.web.query;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pragma.query.DataQueryService;
import org.pragma.query.DataQueryView;
import org.pragma.query.NewQuery;
import org.pragma.query.QueryClosing;
import org.pragma.query.QueryReply;
import org.pragma.query.QueryStatus;
import org.pragma.security.Roles;
import org.pragma.shared.DomainException;

/**
 * Data queries of a study: listed for the caller's clinics, raised by data managers, answered by the clinic's
 * coordinator, closed or re-opened by data managers. Every step names the version it read (409 when stale).
 */
@Path("studies/{study}/queries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.DATA_MANAGER, Roles.COORDINATOR})
@Tag(name = "Data queries")
public class QueriesResource {
  @EJB DataQueryService queries;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The queries at the caller's clinics of the study, oldest first; filter by site and status")
  @APIResponse(responseCode = "404", description = "No such site, or not one of the caller's sites")
  public List<DataQueryView> list(@PathParam("study") String study,
      @Parameter(description = "A site code") @QueryParam("site") String site,
      @Parameter(description = "OPEN, ANSWERED or CLOSED") @QueryParam("status") String status) {
    return queries.list(study, site, statusOf(status));
  }

  @POST
  @RolesAllowed({Roles.DATA_MANAGER, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Raise a query on a patient's visit (optionally one field: visitOn, an instrument, or instrument.item)")
  @APIResponse(responseCode = "201", description = "Raised: open, waiting for the clinic's answer")
  @APIResponse(responseCode = "404", description = "No such patient or visit, or not at the caller's sites")
  @APIResponse(responseCode = "422", description = "No question, or a field the visit does not collect")
  public Response raise(@PathParam("study") String study, @NotNull(message = "is required") @Valid NewQuery raised) {
    DataQueryView q = queries.raise(study, raised);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(q.id())).build()).entity(q).build();
  }

  @GET
  @Path("{query}")
  @Operation(summary = "One query with every step of its conversation")
  @APIResponse(responseCode = "404", description = "No such query, or not at the caller's sites")
  public DataQueryView query(@PathParam("study") String study, @PathParam("query") long query) {
    return queries.query(study, query);
  }

  @POST
  @Path("{query}/answer")
  @RolesAllowed(Roles.COORDINATOR)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The clinic answers an open query")
  @APIResponse(responseCode = "409", description = "Not open (already answered or closed), or changed since it was read")
  public DataQueryView answer(@PathParam("study") String study, @PathParam("query") long query,
      @NotNull(message = "is required") @Valid QueryReply reply) {
    return queries.answer(study, query, reply);
  }

  @POST
  @Path("{query}/close")
  @RolesAllowed({Roles.DATA_MANAGER, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Close a query as resolved, with an optional note")
  @APIResponse(responseCode = "409", description = "Already closed, or changed since it was read")
  public DataQueryView close(@PathParam("study") String study, @PathParam("query") long query,
      @NotNull(message = "is required") @Valid QueryClosing closing) {
    return queries.close(study, query, closing);
  }

  @POST
  @Path("{query}/reopen")
  @RolesAllowed({Roles.DATA_MANAGER, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Re-open an answered or closed query with a follow-up question for the clinic")
  @APIResponse(responseCode = "409", description = "Still open, or changed since it was read")
  public DataQueryView reopen(@PathParam("study") String study, @PathParam("query") long query,
      @NotNull(message = "is required") @Valid QueryReply followUp) {
    return queries.reopen(study, query, followUp);
  }

  private static java.util.Set<QueryStatus> statusOf(String status) {
    if (status == null || status.isBlank()) {
      return java.util.Set.of();
    }
    try {
      return java.util.Set.of(QueryStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new DomainException(DomainException.Kind.INVALID, "query-status", "Status " + status
          + " is not a query status: give OPEN, ANSWERED or CLOSED.");
    }
  }
}
