/** How claim lines are stored and summed: JDBC batches, one merge statement, SQL aggregates. */
package org.pragma.spending.jpa;
