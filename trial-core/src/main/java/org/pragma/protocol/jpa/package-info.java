/** JPA storage of protocol versions. */
package org.pragma.protocol.jpa;
