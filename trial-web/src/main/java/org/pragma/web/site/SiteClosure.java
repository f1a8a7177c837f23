package org.pragma.web.site;

import org.pragma.shared.FreeText;
import org.pragma.shared.Required;

/**
 * Why a site closes (withdrew, stopped enrolling, merged); the audit trail keeps it. Only
 * {@code @Required}: Payara's OpenAPI scanner fails on standard constraints in request records of
 * the web module (payara/Payara#7649), and the audit trail bounds a reason's length itself.
 */
public record SiteClosure(@Required(message = "is required: say why the site closes") @FreeText(max = FreeText.REASON, multiline = true) String reason) {}
