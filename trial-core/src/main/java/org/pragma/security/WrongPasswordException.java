package org.pragma.security;

import org.pragma.shared.DomainException;

/**
 * The password re-entered to confirm an action (a password change, an electronic signature) was
 * wrong, or the account is locked. The failure counts toward the lock-out.
 */
public class WrongPasswordException extends DomainException {
  public WrongPasswordException() {
    super(
        Kind.RULE,
        "wrong-password",
        "The password is wrong or the account is locked; nothing was changed or signed.");
  }
}
