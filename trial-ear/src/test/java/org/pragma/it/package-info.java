/**
 * Integration tests: the real EAR deployed into a managed Payara Server, against H2 by default
 * and PostgreSQL with {@code -Ppostgres}. Browser journeys use Debian's Chromium headless.
 */
package org.pragma.it;
