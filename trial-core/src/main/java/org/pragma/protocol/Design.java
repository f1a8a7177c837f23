package org.pragma.protocol;

/**
 * The sample-size assumptions of a study file's {@code design} block, for its primary outcome: the
 * intracluster correlation, the planned mean cluster size (patients per site), the difference between
 * two arms to detect and the outcome's standard deviation (both in the outcome's units), the two-sided
 * significance level and the planned power.
 */
public record Design(double icc, double clusterSize, double effectSize, double sd, double alpha, double power) {}
