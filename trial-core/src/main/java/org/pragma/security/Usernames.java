package org.pragma.security;

/** What a username may look like, and the one name reserved for work the system does itself. */
public final class Usernames {
  public static final String PATTERN = "[a-z][a-z0-9.-]{2,39}";

  /**
   * The principal of startup work (demo data, first admin). It contains a colon, so no account can
   * ever have it and HTTP Basic cannot even carry it as a username.
   */
  public static final String SYSTEM = "pragma:system";

  private Usernames() {}
}
