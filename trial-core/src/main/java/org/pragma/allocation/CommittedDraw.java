package org.pragma.allocation;

import java.time.Instant;

/**
 * A committed wave: the recorded draw, the hash of what was recorded, who committed it and when,
 * and the id of the electronic signature applied to that hash.
 */
public record CommittedDraw(Draw draw, String contentHash, String committedBy, Instant committedAt, long signatureId) {
  static CommittedDraw of(SiteRandomization r) {
    return new CommittedDraw(DrawJson.read(r.drawJson()), r.contentHash(), r.committedBy(), r.committedAt(), r.signatureId());
  }
}
