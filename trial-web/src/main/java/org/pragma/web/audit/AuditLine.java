package org.pragma.web.audit;

import java.time.ZoneId;
import org.pragma.audit.AuditRow;
import org.pragma.web.faces.Formats;

/**
 * An audit record as the audit page shows it: when, in the study's time zone to the minute (UTC for
 * records outside any study), who, what happened to which record, and the field and values by their labels.
 */
public record AuditLine(long seq, String when, String who, String action, String what, String field, String oldValue,
    String newValue, String reason, String study, String site) {

  private static final Formats FORMAT = new Formats();

  static AuditLine of(AuditRow r, AuditLabels labels) {
    ZoneId zone = labels.zone(r.studyCode());
    return new AuditLine(r.seq(), FORMAT.instant(r.recordedAt(), zone), r.username(), AuditLabels.action(r.action()),
        AuditLabels.entity(r.entity()) + " " + id(r), AuditLabels.field(r.entity(), r.field()),
        value(r, r.oldValue(), labels, zone), value(r, r.newValue(), labels, zone), r.reason(), r.studyCode(),
        r.siteCode());
  }

  /** A site by its code, as users know it (its record number means nothing to them). */
  private static String id(AuditRow r) {
    return "site".equals(r.entity()) && r.siteCode() != null ? r.siteCode() : r.entityId();
  }

  private static String value(AuditRow r, String value, AuditLabels labels, ZoneId zone) {
    if (AuditLabels.isInstant(value)) {
      return FORMAT.instant(java.time.Instant.parse(value), zone);
    }
    return labels.value(r.entity(), r.field(), r.studyCode(), value);
  }
}
