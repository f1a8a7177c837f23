package org.pragma.protocol;

import java.util.List;
import java.util.Optional;
import org.pragma.study.Study;

/** The recorded versions of each study's protocol. */
public interface ProtocolVersions {
  /** Oldest first. */
  List<ProtocolVersion> of(Study study);

  Optional<ProtocolVersion> latest(Study study);

  void add(ProtocolVersion version);

  /** The version as stored now (with its files), for a version read in another transaction. */
  Optional<ProtocolVersion> byId(long id);
}
