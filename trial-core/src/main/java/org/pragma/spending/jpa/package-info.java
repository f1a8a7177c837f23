/** How claim lines are stored and summed: JDBC batches and SQL aggregates. */
package org.pragma.spending.jpa;
