package org.pragma.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.pragma.security.Roles;
import java.util.Map;

/**
 * The REST API, served under {@code /pragma/api} and described at {@code /openapi}. Every call
 * but {@code POST /api/auth/token} needs an {@code Authorization} header (bearer token or Basic);
 * each resource names its roles with {@code @RolesAllowed}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Pragma API",
            version = "0.1",
            description =
                "Cluster-randomized pragmatic trials: studies, sites, randomization, enrollment,"
                    + " follow-up and exports. Errors are RFC 9457 problem documents.",
            license = @License(name = "Apache-2.0")))
@DeclareRoles({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
public class RestApplication extends Application {
  /**
   * Honour {@code @RolesAllowed} on resources (Jersey's filter; the services check again), and read
   * multipart uploads (Jersey's multipart feature, which Jakarta REST 3.1's {@code EntityPart} needs).
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature,org.glassfish.jersey.media.multipart.MultiPartFeature");
  }
}
