package org.pragma.followup;

import java.time.LocalDate;

/** A visit's place in a patient's schedule: its target date and window, before any data exist. */
public record PlannedVisit(String code, String name, int position, LocalDate target, LocalDate opens, LocalDate closes,
    LocalDate remind) {}
