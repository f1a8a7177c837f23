/**
 * Data queries ("open corrections", OpenClinica's discrepancy notes, REDCap's data resolution workflow): a data
 * manager asks a clinic about a visit's data, the clinic's coordinator answers (after correcting the data through
 * the visit's own edit, with its reason for change), and the data manager closes the query or re-opens it.
 */
package org.pragma.query;
