/** Analysis exports: the REST resource and the data manager's page. */
package org.pragma.web.export;
