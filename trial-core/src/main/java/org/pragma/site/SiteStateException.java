package org.pragma.site;

import org.pragma.shared.DomainException;

/** The site's status does not allow the change asked for. */
public class SiteStateException extends DomainException {
  public SiteStateException(String siteCode, String why) {
    super(Kind.CONFLICT, "site-state", "Site " + siteCode + " " + why + ".");
  }
}
