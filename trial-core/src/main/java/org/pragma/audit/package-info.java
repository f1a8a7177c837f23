/**
 * The audit trail (21 CFR Part 11 §11.10(e)): who changed which field of which record, when (UTC),
 * from what to what and why. Records are append-only and chained by SHA-256, so that a row changed
 * behind the application's back is found by {@link org.pragma.audit.AuditTrail#verify()}.
 *
 * <p>Rule for every feature: write the audit record through {@link org.pragma.audit.Audit} in the
 * same transaction as the change, and never physically delete clinical data — removal is a status
 * change with a reason, audited like any other change.
 */
package org.pragma.audit;
