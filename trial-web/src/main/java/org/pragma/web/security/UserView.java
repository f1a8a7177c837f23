package org.pragma.web.security;

import java.time.Instant;
import java.util.List;
import org.pragma.security.Role;
import org.pragma.security.SiteRef;
import org.pragma.security.UserAccount;

/**
 * A user account as the API and the users page show it: never its password hash. Sites are where a
 * coordinator works; studies are the whole studies an investigator is assigned to.
 */
public record UserView(
    String username,
    String fullName,
    String email,
    List<String> roles,
    List<SiteRef> sites,
    List<String> studies,
    boolean active,
    boolean locked,
    Instant createdAt,
    Instant passwordChangedAt) {
  static UserView of(UserAccount u, Instant now) {
    return new UserView(
        u.username(),
        u.fullName(),
        u.email().orElse(null),
        u.roles().stream().map(Role::name).sorted().toList(),
        u.sites().stream().map(SiteRef::of).sorted(java.util.Comparator.comparing(SiteRef::study).thenComparing(SiteRef::site)).toList(),
        u.studies().stream().sorted().toList(),
        u.active(),
        u.isLocked(now),
        u.createdAt(),
        u.passwordChangedAt());
  }
}
