package org.pragma.followup;

import org.pragma.shared.FreeText;
import org.pragma.shared.Required;

/**
 * A change that only needs its reason (unlocking a visit), or a yes/no with its reason (unreachable):
 * the yes/no is JSON {@code true} or {@code false}, and absent only where it is not asked for.
 */
public record ReasonedChange(Boolean value, @Required(message = "is required: say why") @FreeText(max = FreeText.REASON, multiline = true) String reason) {}
