package org.pragma.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One site of one study that a user works at. Site codes are kept as text per study so that the
 * sites feature can join them later without a migration of this table.
 */
@Embeddable
public class SiteAssignment {
  @Column(name = "study_code", nullable = false, length = 40)
  private String studyCode;

  @Column(name = "site_code", nullable = false, length = 40)
  private String siteCode;

  protected SiteAssignment() {}

  public SiteAssignment(String studyCode, String siteCode) {
    this.studyCode = Objects.requireNonNull(studyCode);
    this.siteCode = Objects.requireNonNull(siteCode);
  }

  public String studyCode() {
    return studyCode;
  }

  public String siteCode() {
    return siteCode;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SiteAssignment a && a.studyCode.equals(studyCode) && a.siteCode.equals(siteCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(studyCode, siteCode);
  }

  @Override
  public String toString() {
    return studyCode + "/" + siteCode;
  }
}
