package org.pragma.instrument;

import java.math.BigDecimal;

/** An interpretation band that starts at {@code from} and runs up to the next band's start. */
public record Band(BigDecimal from, String label) {}
