/** The daily email digest of due and overdue visits for coordinators. */
package org.pragma.followup.digest;
