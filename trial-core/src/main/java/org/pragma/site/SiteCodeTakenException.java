package org.pragma.site;

import org.pragma.shared.DomainException;

/** Site codes are unique within a study: they prefix study IDs. */
public class SiteCodeTakenException extends DomainException {
  public SiteCodeTakenException(String study, String code) {
    super(Kind.CONFLICT, "site-code-taken", "Study " + study + " already has a site " + code + "; choose another code.");
  }
}
