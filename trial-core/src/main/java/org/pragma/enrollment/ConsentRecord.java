package org.pragma.enrollment;

import java.time.LocalDate;

/**
 * The consent as enrollment recorded it: the protocol's model, the date, who obtained it and the
 * version of the consent document. Date, person and document are empty under a waiver.
 */
public record ConsentRecord(ConsentModel model, LocalDate on, String by, String document) {}
