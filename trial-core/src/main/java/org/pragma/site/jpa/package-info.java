/** JPA storage of sites. */
package org.pragma.site.jpa;
