/**
 * Analysis exports: de-identified datasets (patients, visits, utilization, sites, screening) with
 * their codebook, streamed from the database into trial-exports' writers in the background, stored,
 * audited and downloadable by data managers, admins and statisticians.
 */
package org.pragma.export;
