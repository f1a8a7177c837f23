/**
 * Analysis under constrained randomization: the clustered permutation test of cvcrand's
 * {@code cptest} (Gail et al. 1996; Li et al. 2016) over the same constrained space.
 */
package org.pragma.randomization.analysis;
