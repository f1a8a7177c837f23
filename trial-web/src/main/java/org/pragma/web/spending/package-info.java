/** Claims imports and spending measures: REST resources and pages. */
package org.pragma.web.spending;
