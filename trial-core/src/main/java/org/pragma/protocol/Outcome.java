package org.pragma.protocol;

import java.util.Optional;

/** A primary or secondary outcome, measured by an instrument or from claims/EHR data at a visit. */
public record Outcome(String code, String kind, String description, Optional<String> instrument,
    Optional<String> source, String visit) {}
