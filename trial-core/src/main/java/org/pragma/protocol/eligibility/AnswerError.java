package org.pragma.protocol.eligibility;

/** A screening answer that cannot be used: unknown question, missing, wrong type or out of range. */
public record AnswerError(String question, String message) {}
