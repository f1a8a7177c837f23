/** How exports read the study's data: plain JDBC cursors in patient order, merged as they stream. */
package org.pragma.export.jpa;
