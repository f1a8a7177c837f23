package org.pragma.spending;

import java.util.Optional;

/**
 * Finds a claim line's patient in the study: by study ID, or by medical record number and site
 * through the keyed record-number hash (nothing is decrypted).
 */
public interface PatientLookup {
  Optional<PatientKey> byStudyId(String studyPatientId);

  Optional<PatientKey> byRecordNumber(String siteCode, String recordNumber);
}
