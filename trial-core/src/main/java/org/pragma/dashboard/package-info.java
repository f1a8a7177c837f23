/**
 * The investigators' dashboard: enrollment against target, the screening funnel, follow-up completion
 * and the CONSORT flow of a study, counted by the database (grouped queries, never a load per patient)
 * within the caller's site scope.
 */
package org.pragma.dashboard;
