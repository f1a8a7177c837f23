/**
 * What every feature stands on: the datasource (configured outside the code through MicroProfile
 * Config), the Flyway migrations run at deployment, and the clock.
 */
package org.pragma.platform;
