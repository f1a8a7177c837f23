/**
 * Analysis exports as a plain Java library: a dataset is a list of {@link org.pragma.exports.Variable}s
 * with a codebook, fed row by row into streaming CSV and XLSX writers, and packed with R, Stata and
 * SAS import scripts and a manifest into one zip that is byte-identical for the same data.
 */
package org.pragma.exports;
