package org.pragma.followup;

import org.pragma.shared.Required;

/** A change that only needs its reason (unlocking a visit), or a yes/no with its reason (unreachable). */
public record ReasonedChange(boolean value, @Required(message = "is required: say why") String reason) {}
