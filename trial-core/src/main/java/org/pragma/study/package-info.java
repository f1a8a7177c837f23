/**
 * The study: a trial that Pragma runs, identified by its short code and (once registered) its
 * ClinicalTrials.gov identifier. Owns registration of studies and their lifecycle status.
 */
package org.pragma.study;
