package org.pragma.audit;

import java.util.Objects;

/**
 * The record a change is about: its entity name and identifier, plus the study and site it belongs
 * to (when it belongs to one), so that monitors can filter the trail by study and site.
 */
public record AuditSubject(String entity, String entityId, String studyCode, String siteCode) {
  public AuditSubject {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(entityId, "entityId");
  }

  /** A record outside any study, such as a user account. */
  public static AuditSubject of(String entity, String entityId) {
    return new AuditSubject(entity, entityId, null, null);
  }

  public AuditSubject inStudy(String study) {
    return new AuditSubject(entity, entityId, study, siteCode);
  }

  public AuditSubject atSite(String site) {
    return new AuditSubject(entity, entityId, studyCode, site);
  }
}
