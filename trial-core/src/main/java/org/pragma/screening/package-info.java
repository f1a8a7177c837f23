/**
 * The screening log: a coordinator screens a patient at their own site against the protocol's
 * eligibility rules; every screening is kept, eligible or not, with each failed criterion's reason.
 */
package org.pragma.screening;
