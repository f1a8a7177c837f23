/**
 * Consent and enrollment: an eligible, consented patient gets a gap-free study ID at their site, the
 * site's arm, the protocol version in force, baseline data and a visit schedule. Identifiers are kept
 * apart and encrypted.
 */
package org.pragma.enrollment;
