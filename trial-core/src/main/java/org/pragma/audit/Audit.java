package org.pragma.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pragma.security.CurrentUser;

/**
 * Writes the audit trail, always inside the caller's transaction (so a change and its audit
 * record commit or roll back together). The caller and the UTC time come from the server, never
 * from the request. Usage from a service:
 *
 * <pre>
 * audit.created(AuditSubject.of("study", code).inStudy(code), Map.of("title", title, ...));
 * audit.changed(subject, Changes.of().field("title", oldTitle, newTitle), reason);
 * </pre>
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class Audit {
  @Inject AuditLog log;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  /** A new record: one audit row per field with a value. No reason is needed at first save. */
  public void created(AuditSubject subject, Map<String, ?> values) {
    Instant now = now();
    List<AuditEntry> entries = new ArrayList<>();
    values.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .filter(e -> AuditText.of(e.getValue()) != null)
        .forEach(e -> entries.add(entry(now, AuditAction.CREATE, subject, e.getKey(), null, AuditText.of(e.getValue()), null)));
    if (entries.isEmpty()) {
      entries.add(entry(now, AuditAction.CREATE, subject, null, null, null, null));
    }
    log.append(entries);
  }

  /** Changed fields of a saved record; the reason is required when anything changed. */
  public void changed(AuditSubject subject, Changes changes, String reason) {
    if (changes.isEmpty()) {
      return;
    }
    String why = requireReason(reason);
    Instant now = now();
    log.append(
        changes.list().stream()
            .map(c -> entry(now, AuditAction.UPDATE, subject, c.field(), c.oldValue(), c.newValue(), why))
            .toList());
  }

  /** One changed field of a saved record. */
  public void changed(AuditSubject subject, String field, Object oldValue, Object newValue, String reason) {
    changed(subject, Changes.of().field(field, oldValue, newValue), reason);
  }

  /** A record removed (only non-clinical data is ever deleted; clinical data changes status). */
  public void deleted(AuditSubject subject, String reason) {
    log.append(List.of(entry(now(), AuditAction.DELETE, subject, null, null, null, requireReason(reason))));
  }

  private AuditEntry entry(
      Instant now, AuditAction action, AuditSubject s, String field, String oldValue, String newValue, String reason) {
    return new AuditEntry(
        now, currentUser.name(), action, s.entity(), s.entityId(), field, oldValue, newValue, reason,
        s.studyCode(), s.siteCode());
  }

  /** Millisecond precision: what every supported database stores exactly, so hashes re-verify. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new ReasonRequiredException();
    }
    String why = reason.strip();
    return why.length() > 1000 ? why.substring(0, 1000) : why;
  }
}
