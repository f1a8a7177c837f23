/**
 * Sites: the clinics of a study, which are its clusters. Owns their registration (one by one or
 * from a spreadsheet, {@code imports}), corrections, status and the cluster covariates that
 * randomization balances, checked against the study file. A site's arm comes only from the committed
 * randomization ({@code org.pragma.allocation}).
 */
package org.pragma.site;
