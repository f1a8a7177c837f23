/** Studies at the boundary: the {@code /api/studies} resource and the studies page. */
package org.pragma.web.study;
