package org.pragma.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password hashing with Jakarta Security's PBKDF2 (HMAC-SHA-512, 32-byte salt). The iteration
 * count is stored inside every hash, so raising {@code pragma.password.iterations} strengthens new
 * and changed passwords without invalidating existing ones.
 */
@ApplicationScoped
public class Passwords {
  @Inject Pbkdf2PasswordHash pbkdf2;

  @Inject
  @ConfigProperty(name = "pragma.password.iterations", defaultValue = "210000")
  int iterations;

  /** A hash of a password nobody has, to spend the same time on unknown usernames. */
  private String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = pbkdf2.generate(java.util.UUID.randomUUID().toString().toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String hash) {
    return password != null && pbkdf2.verify(password.toCharArray(), hash);
  }

  /** Spends the time a real check would, so response times do not reveal which usernames exist. */
  public void spendTimeOnUnknownUser(String password) {
    pbkdf2.verify(password == null ? new char[0] : password.toCharArray(), decoy);
  }
}
