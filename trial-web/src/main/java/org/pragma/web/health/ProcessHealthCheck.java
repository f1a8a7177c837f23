package org.pragma.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness: the application is deployed and answering, whatever the state of the database (that is
 * readiness, {@link DatabaseHealthCheck}). Reports the heap in use, for a person looking at it.
 */
@Liveness
@ApplicationScoped
public class ProcessHealthCheck implements HealthCheck {
  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    return HealthCheckResponse.named("application").up()
        .withData("heapUsedMb", usedMb)
        .withData("heapMaxMb", runtime.maxMemory() / (1024 * 1024))
        .build();
  }
}
