package org.pragma.protocol;

import java.util.List;
import org.pragma.protocol.validation.ValidationError;
import org.pragma.study.Study;

/**
 * What a load of the protocols found: the studies loaded (and whether a new version was recorded), the
 * studies whose files have errors and that stay at the version in force, and every error.
 */
public record ProtocolReport(String source, List<LoadedStudy> studies, List<KeptStudy> kept, List<ValidationError> errors) {

  public ProtocolReport {
    studies = List.copyOf(studies);
    kept = List.copyOf(kept);
    errors = List.copyOf(errors);
  }

  /** A study whose changed files have errors: they were not loaded and the version in force stays. */
  public record KeptStudy(String study, String versionLabel, String contentHash, String message) {}

  /** A study whose files were valid, with the version now in force. */
  public record LoadedStudy(String study, int versionSequence, String versionLabel, String contentHash, boolean newVersion) {
    static LoadedStudy of(Study study, ProtocolVersion version, boolean recordedNow) {
      return new LoadedStudy(study.code(), version.sequence(), version.label(), version.contentHash(), recordedNow);
    }
  }
}
