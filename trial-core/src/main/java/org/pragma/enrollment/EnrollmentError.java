package org.pragma.enrollment;

/** One thing wrong with an enrollment request, named by the field or instrument item it concerns. */
public record EnrollmentError(String field, String message) {}
