/** JPA storage of electronic signatures. */
package org.pragma.signature.jpa;
