package org.pragma.exports;

/** A file inside the export zip, with its size and SHA-256 (lowercase hex). */
public record ExportedFile(String name, long bytes, String sha256) {}
