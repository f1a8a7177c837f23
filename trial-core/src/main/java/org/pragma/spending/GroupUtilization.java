package org.pragma.spending;

/** One site's or arm's spending and utilization before and after enrollment. */
public record GroupUtilization(String group, String label, GroupSpending before, GroupSpending after) {}
