/** What the embedded H2 database needs from Java that PostgreSQL does in SQL (append-only triggers). */
package org.pragma.platform.h2;
