/** MicroProfile Health checks: the server is live and ready when its database answers. */
package org.pragma.web.health;
