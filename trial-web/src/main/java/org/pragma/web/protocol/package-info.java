/** Protocols at the boundary: a study's protocol as JSON, its versions, validation of uploads, and the study page. */
package org.pragma.web.protocol;
