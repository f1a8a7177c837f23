package org.pragma.protocol;

/** The part an arm plays in the comparison. */
public enum ArmRole {
  EXPERIMENTAL("experimental"), ACTIVE_CONTROL("active-control"), USUAL_CARE("usual-care");

  private final String key;

  ArmRole(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  static ArmRole ofKey(String key) {
    for (ArmRole role : values()) {
      if (role.key.equals(key)) {
        return role;
      }
    }
    throw new IllegalArgumentException("unknown arm role " + key);
  }
}
