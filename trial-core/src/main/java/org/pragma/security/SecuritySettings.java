package org.pragma.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Security settings from MicroProfile Config (environment variables such as
 * {@code PRAGMA_LOGIN_MAX_FAILURES} win over {@code META-INF/microprofile-config.properties}).
 */
@ApplicationScoped
public class SecuritySettings {
  @Inject
  @ConfigProperty(name = "pragma.login.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "pragma.login.lockout-minutes", defaultValue = "15")
  long lockoutMinutes;

  @Inject
  @ConfigProperty(name = "pragma.token.minutes", defaultValue = "60")
  long tokenMinutes;

  @Produces
  LoginPolicy loginPolicy() {
    return new LoginPolicy(maxFailures, Duration.ofMinutes(lockoutMinutes));
  }

  public Duration tokenLifetime() {
    return Duration.ofMinutes(Math.max(1, tokenMinutes));
  }
}
