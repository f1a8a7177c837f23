package org.pragma.instrument;

/** One answer that cannot be scored: an unknown item code or a value that is not a response option. */
public record ItemError(String item, String value, String message) {}
