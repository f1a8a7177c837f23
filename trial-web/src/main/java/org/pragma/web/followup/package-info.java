/** REST and pages for follow-up: schedules, visit data, worklists, contact attempts, digest. */
package org.pragma.web.followup;
