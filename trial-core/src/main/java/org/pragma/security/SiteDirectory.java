package org.pragma.security;

/**
 * Which sites are registered, as user administration needs to know it (the sites feature implements
 * this, so security does not depend on it).
 */
public interface SiteDirectory {
  /** Whether {@code siteCode} is registered in the study {@code studyCode}. */
  boolean isRegistered(String studyCode, String siteCode);

  /** Whether a study with this code is registered. */
  boolean isRegistered(String studyCode);
}
