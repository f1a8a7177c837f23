package org.pragma.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
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

  /**
   * The EAR with test classes added to its WAR, for tests that run inside the server. Arquillian's
   * test runner servlet is added to the WAR's unauthenticated URLs (only in the test archive);
   * tests call role-checked services through {@link AsAdmin}.
   */
  public static EnterpriseArchive earWith(Class<?>... inContainerClasses) {
    EnterpriseArchive ear = ear();
    WebArchive war = ear.getAsType(WebArchive.class, "trial-web.war");
    war.addClasses(inContainerClasses);
    String webXml = read(war.get("WEB-INF/web.xml").getAsset());
    String open = "<web-resource-name>open</web-resource-name>";
    if (!webXml.contains(open)) {
      throw new IllegalStateException("web.xml has no 'open' web-resource-collection for the test runner");
    }
    war.delete("WEB-INF/web.xml");
    war.setWebXML(new StringAsset(webXml.replace(open, open + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>")));
    return ear;
  }

  private static String read(Asset asset) {
    try (InputStream in = asset.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
