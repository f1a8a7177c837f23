package org.pragma.protocol;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.pragma.study.Study;

/**
 * One loaded content of a study's protocol files. Sequence 1 is the original protocol; every later
 * sequence is an amendment. A version never changes once recorded: its content hash identifies it, and
 * its {@link #files() files} (study.yaml, the arm files and the instrument files it used, as loaded)
 * let Pragma rebuild exactly the protocol a patient on this version follows.
 */
@jakarta.persistence.Cacheable
@Entity
@Table(name = "protocol_version")
public class ProtocolVersion {
  @Id
  @SequenceGenerator(name = "protocol_version_seq", sequenceName = "protocol_version_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "protocol_version_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "study_id", updatable = false)
  private Study study;

  @Column(name = "sequence_no", nullable = false, updatable = false)
  private int sequence;

  @Column(name = "version_label", nullable = false, updatable = false, length = 40)
  private String label;

  @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
  private String contentHash;

  @Column(nullable = false, updatable = false, length = 500)
  private String source;

  @Column(name = "loaded_at", nullable = false, updatable = false)
  private Instant loadedAt;

  @ElementCollection
  @CollectionTable(name = "protocol_version_file", joinColumns = @JoinColumn(name = "version_id"))
  @MapKeyColumn(name = "path", length = 300)
  @Column(name = "content", nullable = false, length = 1_000_000)
  private Map<String, String> files = new HashMap<>();

  protected ProtocolVersion() {}

  ProtocolVersion(Study study, int sequence, StudyProtocol protocol, String source, Instant loadedAt) {
    this.study = study;
    this.sequence = sequence;
    this.label = protocol.version();
    this.contentHash = protocol.contentHash();
    this.source = source;
    this.loadedAt = loadedAt;
    this.files.putAll(protocol.files());
  }

  /**
   * The files of this version keyed by path under the protocols root ({@code spine-care/study.yaml},
   * {@code instruments/ODI.yaml}); empty for a version recorded before Pragma kept them.
   */
  public SortedMap<String, String> files() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  /** Whether the content of this version is kept (always, except versions recorded before it was). */
  public boolean hasFiles() {
    return !files.isEmpty();
  }

  /**
   * Keeps the files of a version recorded before Pragma kept protocol content, once the same content
   * (same hash) is loaded again. A version's files, once kept, never change.
   */
  void keepFilesOf(StudyProtocol protocol) {
    if (!files.isEmpty() || !protocol.contentHash().equals(contentHash)) {
      throw new IllegalStateException("protocol version " + sequence + " already has its files or has another content");
    }
    files.putAll(protocol.files());
  }

  public Long id() {
    return id;
  }

  public Study study() {
    return study;
  }

  public int sequence() {
    return sequence;
  }

  public boolean isAmendment() {
    return sequence > 1;
  }

  public String label() {
    return label;
  }

  public String contentHash() {
    return contentHash;
  }

  public String source() {
    return source;
  }

  public Instant loadedAt() {
    return loadedAt;
  }
}
