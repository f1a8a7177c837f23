/**
 * Who may use Pragma: user accounts, their roles and the sites of each study they may work at,
 * password checking with lock-out, API tokens, and the caller's {@link org.pragma.security.SiteScope}
 * that every service handling site data must apply. Role names for {@code @RolesAllowed} are in
 * {@link org.pragma.security.Roles}.
 */
package org.pragma.security;
