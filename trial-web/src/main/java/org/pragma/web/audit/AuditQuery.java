package org.pragma.web.audit;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.ZoneOffset;
import org.pragma.audit.AuditFilter;
import org.pragma.web.problem.DateParameters;

/** The filters of {@code /api/audit}: dates are UTC days, {@code to} inclusive. */
public class AuditQuery {
  @QueryParam("study") String study;
  @QueryParam("site") String site;
  @QueryParam("user") String user;
  @QueryParam("entity") String entity;
  @QueryParam("entityId") String entityId;
  @QueryParam("from") String from;
  @QueryParam("to") String to;

  @QueryParam("first")
  @DefaultValue("0")
  int first;

  @QueryParam("max")
  @DefaultValue("100")
  int max;

  AuditFilter filter() {
    return new AuditFilter(study, site, user, entity, entityId, day(from, "from", 0), day(to, "to", 1));
  }

  static Instant day(String text, String name, int plusDays) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return DateParameters.parse(name, text).plusDays(plusDays).atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
