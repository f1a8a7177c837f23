package org.pragma.spending;

import java.time.LocalDate;

/**
 * A patient's spending and utilization in the look-back before enrollment and the 12 months after,
 * with the window's dates so a reader sees exactly which days count.
 */
public record PatientUtilization(
    String studyId,
    LocalDate enrolledOn,
    LocalDate lookBackFrom,
    LocalDate followUpTo,
    SpendingFigures before,
    SpendingFigures after) {}
