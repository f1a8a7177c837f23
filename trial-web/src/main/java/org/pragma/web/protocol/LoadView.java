package org.pragma.web.protocol;

import java.util.List;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.StudyLoad;
import org.pragma.protocol.validation.ValidationError;

/**
 * One study folder's outcome: loaded (with its study code, version and hash), rejected with every error,
 * or rejected while the version in force before stays in force (its code, version and hash, with the errors).
 */
public record LoadView(String folder, boolean valid, String study, String version, String contentHash, List<ValidationError> errors) {
  static LoadView of(StudyLoad load) {
    if (load instanceof StudyLoad.Loaded loaded) {
      var p = loaded.protocol();
      return new LoadView(loaded.folder(), true, ProtocolService.studyCodeOf(p), p.version(), p.contentHash(), List.of());
    }
    if (load instanceof StudyLoad.Kept kept) {
      var p = kept.inForce();
      return new LoadView(kept.folder(), false, ProtocolService.studyCodeOf(p), p.version(), p.contentHash(), kept.errors());
    }
    StudyLoad.Rejected rejected = (StudyLoad.Rejected) load;
    return new LoadView(rejected.folder(), false, null, null, null, rejected.errors());
  }
}
