package org.pragma.security;

import java.util.List;
import java.util.Optional;

/** The user accounts Pragma holds. */
public interface Users {
  Optional<UserAccount> byUsername(String username);

  /** Every account, by username. */
  List<UserAccount> all();

  boolean anyExists();

  void add(UserAccount user);
}
