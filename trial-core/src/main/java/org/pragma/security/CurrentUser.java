package org.pragma.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The person the current request runs for, as services need it: the name the audit trail records
 * and the {@link SiteScope} every query of site data must apply. Work without a signed-in caller
 * (startup, demo data) runs as {@link Usernames#SYSTEM} with every site in scope.
 */
@ApplicationScoped
public class CurrentUser {
  private static final Logger LOG = Logger.getLogger("org.pragma.security.access");

  @Inject SecurityContext securityContext;
  @Inject Users users;

  public String name() {
    Principal p = securityContext.getCallerPrincipal();
    String name = p == null || p.getName() == null || p.getName().isBlank() ? Usernames.SYSTEM : p.getName();
    // Only the system's own work may act for an account (SystemWork), never a signed-in caller.
    return Usernames.SYSTEM.equals(name) ? SystemWork.actingFor().orElse(name) : name;
  }

  /** The studies and sites the caller may see; an unknown or deactivated account sees nothing. */
  public SiteScope scope() {
    String name = name();
    if (Usernames.SYSTEM.equals(name)) {
      return SiteScope.everything();
    }
    return users.byUsername(name)
        .filter(UserAccount::active)
        .map(UserAccount::scope)
        .orElseGet(() -> new SiteScope(false, Set.of(), Set.of()));
  }

  /** The sites the caller is assigned to, whatever else their roles let them see (none for system work). */
  public Set<SiteAssignment> assignments() {
    return users.byUsername(name()).map(UserAccount::sites).orElse(Set.of());
  }

  /**
   * Logs an attempt to reach a record outside the caller's scope. The caller then answers "not
   * found", exactly as for a record that does not exist.
   */
  public void refused(String entity, String id) {
    LOG.warning(() -> "Refused " + name() + " access to " + entity + " " + id + " outside their sites");
  }
}
