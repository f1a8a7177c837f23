package org.pragma.protocol;

import java.util.List;
import org.pragma.protocol.validation.ValidationError;
import org.pragma.study.Study;

/** What a load of the protocols found: the studies loaded (and whether a new version was recorded) and every error. */
public record ProtocolReport(String source, List<LoadedStudy> studies, List<ValidationError> errors) {

  /** A study whose files were valid, with the version now in force. */
  public record LoadedStudy(String study, int versionSequence, String versionLabel, String contentHash, boolean newVersion) {
    static LoadedStudy of(Study study, ProtocolVersion version, boolean recordedNow) {
      return new LoadedStudy(study.code(), version.sequence(), version.label(), version.contentHash(), recordedNow);
    }
  }
}
