/**
 * Eligibility criteria as data: typed screening questions, derived values (pain duration, age) and
 * inclusion/exclusion rules with the reason shown to staff when a patient fails one.
 */
package org.pragma.protocol.eligibility;
