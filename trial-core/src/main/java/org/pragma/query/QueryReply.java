package org.pragma.query;

import jakarta.validation.constraints.NotNull;
import org.pragma.shared.FreeText;
import org.pragma.shared.Required;

/**
 * A step with a text that must be given (the clinic's answer, the data manager's follow-up question), on the
 * version of the query it was read at.
 */
public record QueryReply(
    @Required(message = "is required") @FreeText(max = MAX, multiline = true) String text,
    @NotNull(message = "is required: the version of the query you read") Long version) {
  /** The longest text of one step, in characters. */
  public static final int MAX = 2000;
}
