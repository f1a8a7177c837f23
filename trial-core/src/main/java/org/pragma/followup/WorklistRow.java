package org.pragma.followup;

import java.time.LocalDate;

/** A visit on a coordinator's worklist: whose, where, which, when, and how far along. */
public record WorklistRow(String studyId, String site, String arm, String visit, String visitName, LocalDate target,
    LocalDate opens, LocalDate closes, VisitStatus status, String statusLabel, PatientVisit.DataState data,
    int contactAttempts, boolean unreachable) {}
