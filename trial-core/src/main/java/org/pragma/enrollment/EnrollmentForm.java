package org.pragma.enrollment;

import java.time.LocalDate;
import java.util.List;

/**
 * What the enrollment wizard asks for this screened patient: the consent the protocol's model needs
 * and the baseline instruments that apply to them (e.g. ODI for low back pain, NDI for neck pain).
 */
public record EnrollmentForm(long screeningId, LocalDate screenedOn, ConsentModel consentModel,
    String consentDescription, List<String> baselineInstruments, LocalDate today) {}
