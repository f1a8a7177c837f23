/**
 * Every boundary of Pragma: the JAX-RS API under {@code /api} and the PrimeFaces pages, one
 * sub-package per feature. Boundaries validate input, call one service method and map the result.
 */
package org.pragma.web;
