package org.pragma.protocol;

import java.util.Optional;

/**
 * Planned number of patients for the study and, optionally, per site, and the planned enrollment period
 * of a site in months from its activation (a site is expected to reach its target on a straight line
 * over it).
 */
public record EnrollmentTarget(int total, Optional<Integer> perSite, Optional<Integer> months) {
  public EnrollmentTarget(int total, Optional<Integer> perSite) {
    this(total, perSite, Optional.empty());
  }
}
