package org.pragma.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** The REST API, served under {@code /pragma/api} and described at {@code /openapi}. */
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
public class RestApplication extends Application {}
