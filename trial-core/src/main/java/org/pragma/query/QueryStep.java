package org.pragma.query;

/** One step of a data query's conversation, in the order they happen. */
public enum QueryStep {
  RAISED,
  ANSWERED,
  CLOSED,
  REOPENED
}
