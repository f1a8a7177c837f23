/** REST and pages for data queries: the list of a study's queries, raising, answering, closing and re-opening them. */
package org.pragma.web.query;
