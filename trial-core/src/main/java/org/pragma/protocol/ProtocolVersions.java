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

  /**
   * Waits until no other transaction (on any server sharing the database) is recording versions and
   * holds that right until this one ends: servers starting together record each study and version once.
   */
  void lockForRecording();

  /** The version as stored now (with its files), for a version read in another transaction. */
  Optional<ProtocolVersion> byId(long id);

  /**
   * Whether the database holds files for this version, whatever the loaded object shows: a version
   * recorded with its files must never get them a second time.
   */
  boolean hasStoredFiles(ProtocolVersion version);
}
