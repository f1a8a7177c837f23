/**
 * Patient-reported instruments (ODI, NDI, STarT Back, PCS, NPRS, PROMIS short forms) defined as data in
 * {@code protocols/instruments/}, and the one scoring implementation used by forms, exports and the REST API.
 */
package org.pragma.instrument;
