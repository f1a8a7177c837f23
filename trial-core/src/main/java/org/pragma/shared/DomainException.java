package org.pragma.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Base of every rule the domain refuses. It carries a stable problem {@link #type() type} slug
 * (for RFC 9457 problem documents) and a {@link Kind} that the boundary turns into an HTTP status;
 * the message is written for the user and never contains identifiers of a person.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {
  /** What went wrong, as the boundary needs to know it. */
  public enum Kind {
    /** The request itself is wrong (a field, a format): 400. */
    INVALID,
    /** The thing does not exist or is outside the caller's reach: 404. */
    NOT_FOUND,
    /** The request conflicts with the current state (already exists, already randomized): 409. */
    CONFLICT,
    /** The request is well formed but a trial rule forbids it (ineligible, window closed): 422. */
    RULE
  }

  private final Kind kind;
  private final String type;

  public DomainException(Kind kind, String type, String message) {
    super(message);
    this.kind = kind;
    this.type = type;
  }

  public Kind kind() {
    return kind;
  }

  /** The individual problems (fields, items, answers) when there are several; empty otherwise. */
  public List<?> errors() {
    return List.of();
  }

  /** Stable slug such as {@code study-code-taken}; the boundary prefixes it to form a URI. */
  public String type() {
    return type;
  }
}
