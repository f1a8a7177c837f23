/** The investigators' dashboard: its page (with the CONSORT diagram as SVG) and its REST resource. */
package org.pragma.web.dashboard;
