/** Small pieces every page bean shares, such as turning a domain refusal into a message. */
package org.pragma.web.faces;
