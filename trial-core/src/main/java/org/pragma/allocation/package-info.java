/**
 * The one-time randomization of a study's sites to arms: previews as often as wanted, then a commit
 * that draws a fresh seed, records every input and the result, and locks each site's arm for good
 * (the database refuses any change). Later sites are randomized in further waves. For statisticians,
 * the clustered permutation test of an outcome over a committed wave's constrained space, rebuilt from its seed.
 */
package org.pragma.allocation;
