package org.pragma.security;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * An authenticated person: the name to record and the roles to grant, and whether they still sign in
 * with a one-time password an admin set (then they may only choose their own).
 */
public record Caller(String username, Set<Role> roles, boolean passwordChangeRequired) {
  public Caller {
    roles = Set.copyOf(roles);
  }

  /** Role names as groups for Jakarta Security. */
  public Set<String> groups() {
    return roles.stream().map(Role::name).collect(Collectors.toSet());
  }
}
