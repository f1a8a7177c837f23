package org.pragma.instrument;

/** One response option of an item: its value on the published scoring key and its label. */
public record ResponseOption(int value, String label) {}
