package org.pragma.security;

import java.util.List;
import org.pragma.shared.DomainException;

/**
 * A user assigned to a site that is not registered. Refused rather than kept: an assignment by code
 * would otherwise grant access to whatever site is registered later under that code.
 */
public class UnknownSiteException extends DomainException {
  /** One assignment refused, and why. */
  public record Unknown(String field, String message) {}

  private final List<Unknown> unknown;

  UnknownSiteException(List<SiteRef> sites) {
    super(Kind.RULE, "unknown-site", "Users can be assigned only to registered sites; "
        + sites.stream().map(s -> s.study() + "/" + s.site()).sorted().reduce((a, b) -> a + ", " + b).orElse("")
        + (sites.size() == 1 ? " is" : " are") + " not registered.");
    this.unknown = sites.stream()
        .map(s -> new Unknown("sites", s.study() + "/" + s.site() + " is not a registered site of a registered study"))
        .toList();
  }

  @Override
  public List<Unknown> errors() {
    return unknown;
  }
}
