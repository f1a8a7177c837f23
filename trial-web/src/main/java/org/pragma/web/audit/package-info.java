/**
 * The audit trail at the boundary: {@code /api/audit} (search, CSV export, chain verification)
 * and the audit viewer page for monitors.
 */
package org.pragma.web.audit;
