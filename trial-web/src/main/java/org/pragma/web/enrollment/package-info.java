/** REST and pages for consent, enrollment and patients. */
package org.pragma.web.enrollment;
