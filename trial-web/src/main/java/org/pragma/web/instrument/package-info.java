/** Instruments at the boundary: their definitions and the scoring endpoint. */
package org.pragma.web.instrument;
