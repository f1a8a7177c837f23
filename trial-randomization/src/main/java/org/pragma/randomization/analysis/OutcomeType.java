package org.pragma.randomization.analysis;

/** Continuous outcomes are fitted by least squares; binary (0/1) ones by logistic regression. */
public enum OutcomeType {
  CONTINUOUS,
  BINARY
}
