/**
 * Sign-in and protection at the boundary: one authentication mechanism (form sign-in with a
 * session for pages; HTTP Basic or bearer tokens, never cookies, for {@code /api}), the identity
 * store over the user accounts, security headers, the sign-in, account and users pages, and the
 * {@code /api/auth} and {@code /api/users} resources.
 */
package org.pragma.web.security;
