package org.pragma.allocation;

import java.time.Instant;

/**
 * A committed wave: the recorded draw, the hash of what was recorded, who committed it and when,
 * and the id of the electronic signature applied to that hash.
 */
public record CommittedDraw(Draw draw, String contentHash, String committedBy, Instant committedAt, long signatureId) {
  /** The same wave showing only the sites {@code site} accepts (see {@link Draw#restrictedTo}). */
  public CommittedDraw restrictedTo(java.util.function.Predicate<String> site) {
    return new CommittedDraw(draw.restrictedTo(site), contentHash, committedBy, committedAt, signatureId);
  }

  static CommittedDraw of(SiteRandomization r) {
    return new CommittedDraw(DrawJson.read(r.drawJson()), r.contentHash(), r.committedBy(), r.committedAt(), r.signatureId());
  }
}
