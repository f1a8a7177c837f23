/** Electronic signatures at the boundary: {@code /api/signatures} lists and applies them. */
package org.pragma.web.signature;
