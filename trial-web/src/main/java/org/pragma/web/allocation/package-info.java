/** Randomization of a study's sites at the boundary: preview, commit, reports and the randomization page. */
package org.pragma.web.allocation;
