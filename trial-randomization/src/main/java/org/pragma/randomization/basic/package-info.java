/**
 * The unconstrained methods a protocol may name instead: simple (complete) randomization,
 * stratified permuted allocation, and pair-matched randomization.
 */
package org.pragma.randomization.basic;
