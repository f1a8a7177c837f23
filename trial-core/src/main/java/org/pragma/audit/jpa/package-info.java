/** JPA storage of the audit trail and the locked head of its hash chain. */
package org.pragma.audit.jpa;
