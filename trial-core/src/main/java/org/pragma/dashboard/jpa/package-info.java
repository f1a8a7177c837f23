/** The dashboard's grouped SQL counts. */
package org.pragma.dashboard.jpa;
