package org.pragma.allocation;

/**
 * An outcome of the follow-up as the analysis export defines it: an instrument's reported score at a
 * visit (T-score for PROMIS, percent for ODI/NDI, else the total), or its change from the baseline
 * visit (score at the visit − score at baseline).
 */
public record OutcomeChoice(String instrument, String visit, boolean change) {}
