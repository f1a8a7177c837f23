/**
 * Covariate-constrained randomization: the standardized design matrix, the balance score, the
 * enumeration or simulation of allocations and the constrained space, with cvcrand's definitions.
 */
package org.pragma.randomization.constrained;
