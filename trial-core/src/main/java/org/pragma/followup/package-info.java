/** Follow-up: each patient's visit schedule, the visits' data and their derived status. */
package org.pragma.followup;
