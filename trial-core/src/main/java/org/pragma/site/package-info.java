/**
 * Sites: the clinics of a study, which are its clusters. Owns their registration, status and the
 * cluster covariates that randomization balances. A site's arm comes only from the committed
 * randomization ({@code org.pragma.allocation}).
 */
package org.pragma.site;
