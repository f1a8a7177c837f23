package org.pragma.security;

/**
 * Role names as compile-time constants for {@code @RolesAllowed}. A role is also the group the
 * identity store reports, mapped one-to-one in the EAR's {@code glassfish-application.xml}.
 */
public final class Roles {
  /** Users, sites and study set-up. */
  public static final String ADMIN = "ADMIN";
  /** Randomization preview and commit, unblinded reports. */
  public static final String STATISTICIAN = "STATISTICIAN";
  /** All sites' data: corrections, imports, exports. */
  public static final String DATA_MANAGER = "DATA_MANAGER";
  /** Screens, enrolls and follows up patients at the sites assigned to them only. */
  public static final String COORDINATOR = "COORDINATOR";
  /** Principal investigator: read-only dashboards and reports for all sites of their studies. */
  public static final String INVESTIGATOR = "INVESTIGATOR";

  private Roles() {}
}
