package org.pragma.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fields of one record that a use case changes, as old and new values. Fields whose value did
 * not change are left out, so the trail lists only real changes.
 */
public final class Changes {
  /** One changed field, its values already in their audit text form. */
  public record Change(String field, String oldValue, String newValue) {}

  private final List<Change> changes = new ArrayList<>();

  public static Changes of() {
    return new Changes();
  }

  public Changes field(String field, Object oldValue, Object newValue) {
    String before = AuditText.of(oldValue);
    String after = AuditText.of(newValue);
    if (!Objects.equals(before, after)) {
      changes.add(new Change(field, before, after));
    }
    return this;
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  public List<Change> list() {
    return List.copyOf(changes);
  }
}
