package org.pragma.web.protocol;

import java.util.List;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.StudyLoad;
import org.pragma.protocol.validation.ValidationError;

/** One study folder's outcome: loaded (with its study code, version and hash) or rejected with every error. */
public record LoadView(String folder, boolean valid, String study, String version, String contentHash, List<ValidationError> errors) {
  static LoadView of(StudyLoad load) {
    if (load instanceof StudyLoad.Loaded loaded) {
      var p = loaded.protocol();
      return new LoadView(loaded.folder(), true, ProtocolService.studyCodeOf(p), p.version(), p.contentHash(), List.of());
    }
    StudyLoad.Rejected rejected = (StudyLoad.Rejected) load;
    return new LoadView(rejected.folder(), false, null, null, null, rejected.errors());
  }
}
