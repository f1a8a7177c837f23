package org.pragma.screening;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;

/**
 * One patient screened at a site: the screening date, sex, and the answers to the protocol's
 * eligibility questions by question code (yes/no as booleans, numbers, ISO dates, choice codes).
 * No name, date of birth or record number: those belong to enrollment, kept apart.
 */
public record NewScreening(
    @NotNull(message = "is required (ISO date, e.g. 2026-11-23)") LocalDate screenedOn,
    Sex sex,
    @NotNull(message = "is required: the answers by question code") Map<String, Object> answers) {}
