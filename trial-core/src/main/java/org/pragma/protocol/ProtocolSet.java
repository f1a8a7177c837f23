package org.pragma.protocol;

import java.util.List;
import java.util.Optional;
import org.pragma.instrument.InstrumentCatalog;
import org.pragma.protocol.validation.ValidationError;

/**
 * Everything loaded from a protocols root: the instrument catalog, the valid studies, and the errors of
 * invalid instrument files and rejected studies.
 */
public record ProtocolSet(InstrumentCatalog instruments, List<StudyProtocol> studies, List<StudyLoad> loads,
    List<ValidationError> errors) {

  public ProtocolSet {
    studies = List.copyOf(studies);
    loads = List.copyOf(loads);
    errors = List.copyOf(errors);
  }

  public Optional<StudyProtocol> study(String code) {
    return studies.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  public boolean isValid() {
    return errors.isEmpty();
  }
}
