package org.pragma.allocation;

import java.time.Instant;

/** A committed wave: the recorded draw with who committed it, when, and the hash of what was recorded. */
public record CommittedDraw(Draw draw, String contentHash, String committedBy, Instant committedAt) {
  static CommittedDraw of(SiteRandomization r) {
    return new CommittedDraw(DrawJson.read(r.drawJson()), r.contentHash(), r.committedBy(), r.committedAt());
  }
}
