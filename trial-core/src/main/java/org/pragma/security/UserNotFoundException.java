package org.pragma.security;

import org.pragma.shared.DomainException;

/** No account has the username asked for. */
public class UserNotFoundException extends DomainException {
  public UserNotFoundException(String username) {
    super(Kind.NOT_FOUND, "user-not-found", "No user has the username " + username + ".");
  }
}
