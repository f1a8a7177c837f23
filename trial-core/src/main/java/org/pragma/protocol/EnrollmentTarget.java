package org.pragma.protocol;

import java.util.Optional;

/** Planned number of patients for the study and, optionally, per site. */
public record EnrollmentTarget(int total, Optional<Integer> perSite) {}
