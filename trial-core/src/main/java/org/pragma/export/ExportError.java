package org.pragma.export;

/** One thing wrong with an export request, named by the field it concerns. */
public record ExportError(String field, String message) {}
