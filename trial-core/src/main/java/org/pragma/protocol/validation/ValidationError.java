package org.pragma.protocol.validation;

import java.util.Objects;

/**
 * One problem in a protocol or instrument file: where it is (file relative to the protocols root, 1-based
 * line and column; 0 when the whole file is meant), what is wrong, and what to do about it.
 */
public record ValidationError(String file, int line, int column, String message, String hint) {

  public ValidationError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    hint = hint == null ? "" : hint;
  }

  /** An error about a whole file, such as one that is missing. */
  public static ValidationError ofFile(String file, String message, String hint) {
    return new ValidationError(file, 0, 0, message, hint);
  }

  @Override
  public String toString() {
    String where = line > 0 ? file + ":" + line + ":" + column : file;
    return hint.isEmpty() ? where + ": " + message : where + ": " + message + " (" + hint + ")";
  }
}
