/**
 * Errors as RFC 9457 problem documents: one mapper family turns domain exceptions, validation
 * failures, malformed requests and anything unexpected into {@code application/problem+json}.
 */
package org.pragma.web.problem;
