package org.pragma.security;

/** The roles a user can hold; each name equals its constant in {@link Roles}. */
public enum Role {
  ADMIN,
  STATISTICIAN,
  DATA_MANAGER,
  COORDINATOR,
  INVESTIGATOR;

  /** Roles that see every site of every study. */
  public boolean seesAllSites() {
    return this == ADMIN || this == STATISTICIAN || this == DATA_MANAGER;
  }
}
