package org.pragma.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where export zips are kept: {@code pragma.exports.dir} (default ~/.pragma/exports), a folder per study. */
@ApplicationScoped
public class ExportFiles {
  @Inject
  @ConfigProperty(name = "pragma.exports.dir")
  String dir;

  Path zip(String study, long exportId) {
    return Path.of(dir).resolve(study).resolve(exportId + ".zip");
  }

  Path work(String study, long exportId) {
    return Path.of(dir).resolve(study).resolve(exportId + ".work");
  }
}
