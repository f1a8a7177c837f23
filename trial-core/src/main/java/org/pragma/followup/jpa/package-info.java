/** JPA storage of visits and instrument responses. */
package org.pragma.followup.jpa;
