package org.pragma.enrollment;

import java.time.LocalDate;

/**
 * A row of a site's patient list. {@code name} is empty unless the caller may see identifiers.
 *
 * @param nextVisit the first visit without complete data, if any
 */
public record PatientSummary(String studyId, String site, String arm, PatientStatus status, LocalDate enrolledOn,
    String nextVisit, LocalDate nextVisitTarget, String name) {}
