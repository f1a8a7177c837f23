/** JPA storage of user accounts and API tokens. */
package org.pragma.security.jpa;
