package org.pragma.enrollment;

/** The outcome of an enrollment request: the patient, and whether it was a retry of one already done. */
public record Enrolled(Patient patient, boolean replayed) {}
