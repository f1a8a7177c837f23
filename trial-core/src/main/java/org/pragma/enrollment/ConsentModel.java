package org.pragma.enrollment;

import java.util.Locale;

/** How the protocol obtains consent, and therefore what enrollment must record. */
public enum ConsentModel {
  /** Consent waived by the IRB: nothing to record. */
  WAIVER,
  VERBAL,
  WRITTEN,
  /** IMPACt-LBP: completing the baseline questionnaire is the consent; its date is the enrollment date. */
  IMPLIED_BY_BASELINE;

  /** The model named in a study file, e.g. {@code implied-by-baseline}. */
  public static ConsentModel of(String protocolModel) {
    return valueOf(protocolModel.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** Whether the coordinator must record who obtained consent, when, and the document version. */
  public boolean needsRecord() {
    return this == VERBAL || this == WRITTEN;
  }

  public String label() {
    return switch (this) {
      case WAIVER -> "Waiver of consent";
      case VERBAL -> "Verbal consent";
      case WRITTEN -> "Written consent";
      case IMPLIED_BY_BASELINE -> "Implied by completing the baseline questionnaire";
    };
  }
}
