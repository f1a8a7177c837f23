/** The screening log at the boundary: {@code /api/studies/{study}/sites/{site}/screenings}. */
package org.pragma.web.screening;
