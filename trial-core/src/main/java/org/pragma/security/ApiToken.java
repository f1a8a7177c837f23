package org.pragma.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A bearer token issued to a user, kept only as its SHA-256 so a database reader cannot use it. */
@Entity
@Table(name = "api_token")
public class ApiToken {
  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(nullable = false, updatable = false, length = 40)
  private String username;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  protected ApiToken() {}

  ApiToken(String tokenHash, String username, Instant issuedAt, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.username = username;
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
  }

  public String username() {
    return username;
  }

  public boolean validAt(Instant now) {
    return now.isBefore(expiresAt);
  }
}
