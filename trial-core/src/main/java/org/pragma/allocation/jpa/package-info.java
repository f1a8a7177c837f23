/** JPA storage of committed randomizations and site arms. */
package org.pragma.allocation.jpa;
