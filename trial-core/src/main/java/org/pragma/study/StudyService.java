package org.pragma.study;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/** Registers and lists studies. */
@Stateless
public class StudyService {
  private static final Logger LOG = Logger.getLogger(StudyService.class.getName());

  @Inject Studies studies;
  @Inject Clock clock;

  /** Registers a study in planning; its code must be new. */
  public Study register(@NotNull @Valid NewStudy request) {
    if (studies.byCode(request.code()).isPresent()) {
      throw new StudyCodeTakenException(request.code());
    }
    Study study = new Study(request, clock.instant());
    studies.add(study);
    LOG.info(() -> "Registered study " + study.code());
    return study;
  }

  /** The study a protocol file defines, registered on its first load. */
  public Study ensure(String code, String title, String registryId) {
    return studies.byCode(code).orElseGet(() -> register(new NewStudy(code, title, registryId)));
  }

  public List<Study> all() {
    return studies.all();
  }

  public Study byCode(String code) {
    return studies.byCode(code).orElseThrow(() -> new StudyNotFoundException(code));
  }
}
