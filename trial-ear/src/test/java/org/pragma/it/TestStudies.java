package org.pragma.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Studies of the tests' own: a copy of a shipped study folder under a fresh code, written into the
 * protocols folder the test server reads (PRAGMA_PROTOCOLS_DIR), then loaded with a reload. Each
 * test gets a study nobody else touches, so tests need no order and leave no shared state behind.
 */
final class TestStudies {
  private TestStudies() {}

  /** Creates a study from {@code template} (e.g. impact-lbp) and returns its study code. */
  static String fromTemplate(Http http, String template) {
    String code = "it-" + UUID.randomUUID().toString().substring(0, 8);
    try {
      StudyFolders.copy(ProtocolZips.protocolsRoot().resolve(template), Path.of(System.getProperty("it.protocols.dir")).resolve(code), code);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var reload = http.postJson("api/protocols/reload", "");
    if (reload.statusCode() != 200 || !reload.body().contains(code.toUpperCase(Locale.ROOT))) {
      throw new IllegalStateException("test study " + code + " did not load: " + reload.statusCode() + " " + reload.body());
    }
    return code.toUpperCase(Locale.ROOT);
  }

  /** JSON for a new site of an IMPACt-LBP-like study. */
  static String site(String code, String healthSystem, int visits, String clinicType) {
    return "{\"code\":\"" + code + "\",\"name\":\"Clinic " + code + "\",\"healthSystem\":\"" + healthSystem + "\","
        + "\"covariates\":{\"health-system\":\"" + healthSystem + "\",\"annual-low-back-pain-visits\":\"" + visits + "\","
        + "\"clinic-type\":\"" + clinicType + "\"}}";
  }

  static final List<String> SYSTEMS = List.of("duke", "dartmouth", "iowa");

}
