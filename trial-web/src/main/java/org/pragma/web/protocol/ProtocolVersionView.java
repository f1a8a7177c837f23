package org.pragma.web.protocol;

import java.time.Instant;
import org.pragma.protocol.ProtocolVersion;

/** One recorded version of a study's protocol. */
public record ProtocolVersionView(int sequence, String label, boolean amendment, String contentHash, String source, Instant loadedAt) {
  public static ProtocolVersionView of(ProtocolVersion v) {
    return new ProtocolVersionView(v.sequence(), v.label(), v.isAmendment(), v.contentHash(), v.source(), v.loadedAt());
  }
}
