package org.pragma.followup;

import java.time.LocalDate;
import org.pragma.enrollment.PatientStatus;

/**
 * A row of the study's patient list: study data only, no identifiers. With a visit chosen,
 * {@code visitOutcome} is where that visit stands in the CONSORT flow (as the dashboard counts it).
 */
public record ListedPatient(String studyId, String site, String siteName, String arm, String armName, LocalDate enrolledOn,
    PatientStatus status, LocalDate statusOn, String visit, String visitName, ConsortOutcome visitOutcome) {}
