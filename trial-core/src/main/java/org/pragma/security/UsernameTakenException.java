package org.pragma.security;

import org.pragma.shared.DomainException;

/** Usernames are unique and never reused, even after an account is deactivated (§11.100). */
public class UsernameTakenException extends DomainException {
  public UsernameTakenException(String username) {
    super(Kind.CONFLICT, "username-taken", "The username " + username + " is taken; choose another.");
  }
}
