package org.pragma.protocol.validation;

/** A 1-based line and column in a YAML file. */
public record SourcePosition(int line, int column) {

  public static final SourcePosition START = new SourcePosition(1, 1);
}
