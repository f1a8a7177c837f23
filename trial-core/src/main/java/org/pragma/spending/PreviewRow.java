package org.pragma.spending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One of a file's first rows as the import would read it with the source's mapping, before
 * anything is imported: the patient it links to, the date, category and amount, or its problems.
 */
public record PreviewRow(long row, String patient, LocalDate serviceDate, Integer studyDay, ServiceCategory category,
    String procedureCode, BigDecimal amount, Boolean spineRelated, List<String> problems) {}
