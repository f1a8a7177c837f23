package org.pragma.protocol;

import java.util.List;
import org.pragma.protocol.validation.ValidationError;

/** The outcome of loading one study folder: a fully valid protocol, or the errors that rejected it. */
public sealed interface StudyLoad permits StudyLoad.Loaded, StudyLoad.Rejected, StudyLoad.Kept {

  /** The folder the study was read from, relative to the protocols root (empty for a zip's root). */
  String folder();

  /** The study loaded; nothing about it was invalid. */
  record Loaded(String folder, StudyProtocol protocol) implements StudyLoad {}

  /**
   * The study's files have errors, so the amendment they hold was not loaded: the version that was in
   * force stays in force, and the errors are reported.
   */
  record Kept(String folder, List<ValidationError> errors, StudyProtocol inForce) implements StudyLoad {

    public Kept {
      errors = List.copyOf(errors);
    }
  }

  /** The study was not loaded at all; every error names file, line, column and what to do. */
  record Rejected(String folder, List<ValidationError> errors) implements StudyLoad {

    public Rejected {
      errors = List.copyOf(errors);
    }
  }
}
