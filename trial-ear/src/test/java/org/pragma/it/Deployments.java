package org.pragma.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one way ITs deploy Pragma: the EAR the build produced, exactly as users get it. */
public final class Deployments {
  private Deployments() {}

  /** The EAR as built, for tests that talk to it from outside (HTTP, browser). */
  public static EnterpriseArchive ear() {
    String path = System.getProperty("pragma.ear");
    if (path == null || !new File(path).isFile()) {
      throw new IllegalStateException("pragma.ear system property must name the built EAR, was " + path);
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
  }

  /** The EAR with test classes added to its WAR, for tests that run inside the server. */
  public static EnterpriseArchive earWith(Class<?>... inContainerClasses) {
    EnterpriseArchive ear = ear();
    ear.getAsType(WebArchive.class, "trial-web.war").addClasses(inContainerClasses);
    return ear;
  }
}
