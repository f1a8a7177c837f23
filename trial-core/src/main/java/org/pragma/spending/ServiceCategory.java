package org.pragma.spending;

import java.util.Locale;
import java.util.Optional;

/**
 * What kind of care a claim line paid for: the categories the utilization measures count (imaging,
 * injections, surgery, specialist and emergency visits, opioid prescriptions...), after the
 * Cleveland Clinic interdisciplinary pain program study (domain.md §7.1). A line whose code the
 * study's category table does not know counts as {@link #OTHER}.
 */
public enum ServiceCategory {
  PRIMARY_CARE("primary-care"),
  SPECIALIST("specialist"),
  PHYSICAL_THERAPY("physical-therapy"),
  CHIROPRACTIC("chiropractic"),
  IMAGING_XRAY("imaging-xray"),
  IMAGING_MRI("imaging-mri"),
  IMAGING_CT("imaging-ct"),
  INJECTION("injection"),
  SURGERY("surgery"),
  EMERGENCY("emergency"),
  HOSPITALIZATION("hospitalization"),
  NEUROLOGY("neurology"),
  BEHAVIORAL_HEALTH("behavioral-health"),
  OPIOID_PRESCRIPTION("opioid-prescription"),
  OTHER("other");

  private final String code;

  ServiceCategory(String code) {
    this.code = code;
  }

  /** The code files and exports use: {@code imaging-mri}. */
  public String code() {
    return code;
  }

  /**
   * The category a file names, by code ({@code imaging-mri}) or constant name ({@code IMAGING_MRI}),
   * in any case, with spaces, dashes or underscores; empty when it names none.
   */
  public static Optional<ServiceCategory> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String wanted = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    for (ServiceCategory c : values()) {
      if (c.code.equals(wanted)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
