package org.pragma.signature;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An applied electronic signature. It is linked to its record by the content hash (§11.70): the
 * signature applies to exactly the content with that hash and to nothing else. Never changed.
 */
@jakarta.persistence.Cacheable
@Entity
@Table(name = "e_signature")
public class Signature {
  @Id
  @SequenceGenerator(name = "signature_seq", sequenceName = "signature_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "signature_seq")
  private Long id;

  @Column(nullable = false, updatable = false, length = 40)
  private String username;

  @Column(name = "full_name", nullable = false, updatable = false, length = 200)
  private String fullName;

  @Column(name = "signed_at", nullable = false, updatable = false)
  private Instant signedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private SignatureMeaning meaning;

  @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
  private String contentHash;

  @Column(nullable = false, updatable = false, length = 200)
  private String subject;

  protected Signature() {}

  Signature(String username, String fullName, Instant signedAt, SignatureRequest request) {
    this.username = username;
    this.fullName = fullName;
    this.signedAt = signedAt;
    this.meaning = request.meaning();
    this.contentHash = request.contentHash();
    this.subject = request.subject().strip();
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String fullName() {
    return fullName;
  }

  public Instant signedAt() {
    return signedAt;
  }

  public SignatureMeaning meaning() {
    return meaning;
  }

  public String contentHash() {
    return contentHash;
  }

  public String subject() {
    return subject;
  }
}
