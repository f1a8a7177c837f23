/** Sites at the boundary: {@code /api/studies/{code}/sites}. */
package org.pragma.web.site;
