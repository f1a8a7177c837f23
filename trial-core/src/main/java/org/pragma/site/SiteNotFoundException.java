package org.pragma.site;

import org.pragma.shared.DomainException;

/** No such site in the study (or not one the caller may see). */
public class SiteNotFoundException extends DomainException {
  public SiteNotFoundException(String study, String code) {
    super(Kind.NOT_FOUND, "site-not-found", "Study " + study + " has no site " + code + ".");
  }
}
