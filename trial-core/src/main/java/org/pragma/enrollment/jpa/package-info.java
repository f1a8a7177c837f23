/** JPA storage of patients and their identifiers. */
package org.pragma.enrollment.jpa;
