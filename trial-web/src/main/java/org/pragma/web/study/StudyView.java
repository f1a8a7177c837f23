package org.pragma.web.study;

import java.time.Instant;
import org.pragma.study.StudyOverview;
import org.pragma.web.faces.Labels;

/**
 * A study as the API shows it: its status as a stable code (PLANNING, RANDOMIZED, ENROLLING,
 * FOLLOW_UP, CLOSED) for scripts and as the words a person reads.
 */
public record StudyView(
    String code, String title, String registryId, String status, String statusLabel, Instant createdAt) {
  static StudyView of(StudyOverview o) {
    return new StudyView(o.study().code(), o.study().title(), o.study().registryId().orElse(null),
        o.status().name(), Labels.label(o.status()), o.study().createdAt());
  }
}
