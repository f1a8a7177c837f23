package org.pragma.audit;

import java.time.Instant;

/** What a monitor narrows the trail to; every part is optional (null means "any"). */
public record AuditFilter(
    String studyCode, String siteCode, String username, String entity, String entityId, Instant from, Instant to) {
  public static AuditFilter everything() {
    return new AuditFilter(null, null, null, null, null, null, null);
  }
}
