/** JPA storage of the screening log. */
package org.pragma.screening.jpa;
