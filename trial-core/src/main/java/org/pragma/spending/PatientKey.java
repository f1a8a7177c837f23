package org.pragma.spending;

import java.time.LocalDate;

/** What linking a claim line needs to know about its patient, and nothing that identifies them. */
public record PatientKey(long patientId, String studyPatientId, String siteCode, String arm, LocalDate enrolledOn) {}
