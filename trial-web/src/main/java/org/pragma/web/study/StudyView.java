package org.pragma.web.study;

import java.time.Instant;
import org.pragma.study.Study;

/** A study as the API shows it. */
public record StudyView(
    String code, String title, String registryId, String status, Instant createdAt) {
  static StudyView of(Study s) {
    return new StudyView(
        s.code(), s.title(), s.registryId().orElse(null), s.status().name(), s.createdAt());
  }
}
