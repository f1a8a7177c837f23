package org.pragma.site;

/** A site is planned, then active (enrolling), then closed. */
public enum SiteStatus {
  PLANNED,
  ACTIVE,
  CLOSED
}
