package org.pragma.followup;

import org.pragma.shared.FreeText;
import org.pragma.shared.Required;

/** The reason for migrating existing patients' schedules to the protocol version in force. */
public record MigrationRequest(@Required(message = "is required: say why the schedules are migrated") @FreeText(max = FreeText.REASON, multiline = true) String reason) {}
