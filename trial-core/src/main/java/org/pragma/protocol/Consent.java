package org.pragma.protocol;

import java.util.Optional;

/** The consent model: waiver, verbal, written, or implied by completing the baseline questionnaire. */
public record Consent(String model, Optional<String> description) {}
