package org.pragma.security;

import java.util.Set;
import java.util.stream.Collectors;

/** An authenticated person: the name to record and the roles to grant. */
public record Caller(String username, Set<Role> roles) {
  public Caller {
    roles = Set.copyOf(roles);
  }

  /** Role names as groups for Jakarta Security. */
  public Set<String> groups() {
    return roles.stream().map(Role::name).collect(Collectors.toSet());
  }
}
