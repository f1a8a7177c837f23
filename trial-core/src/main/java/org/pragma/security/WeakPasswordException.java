package org.pragma.security;

import java.util.List;
import org.pragma.shared.DomainException;

/** A new password that {@link PasswordPolicy} refuses. */
public class WeakPasswordException extends DomainException {
  public WeakPasswordException(List<String> problems) {
    super(Kind.INVALID, "weak-password", "The password " + String.join(", ", problems) + ".");
  }
}
