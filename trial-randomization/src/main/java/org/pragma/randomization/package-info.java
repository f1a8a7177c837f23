/**
 * Cluster randomization for pragmatic trials: the request/result records a server or the command
 * line passes to {@link org.pragma.randomization.RandomizationEngine}, and the one exception type
 * for bad input. Plain Java (Commons Math); no Jakarta EE.
 */
package org.pragma.randomization;
