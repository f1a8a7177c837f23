package org.pragma.enrollment;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts patient identifiers with AES-256-GCM under the key from configuration
 * ({@code PRAGMA_IDENTIFIERS_KEY}, base64), or a key generated once into the configured key file for a
 * first run. The record-number index is an HMAC under a key derived from the same key, so duplicates
 * are found without decrypting. The key and the plaintext are never logged.
 */
@ApplicationScoped
public class IdentifierCipher {
  private static final Logger LOG = Logger.getLogger(IdentifierCipher.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject
  @ConfigProperty(name = "pragma.identifiers.key")
  Optional<String> configuredKey;

  @Inject
  @ConfigProperty(name = "pragma.identifiers.key-file")
  Optional<String> keyFile;

  private SecretKeySpec key;
  private SecretKeySpec indexKey;
  private SecretKeySpec surnameKey;
  private String keyId;

  @PostConstruct
  void init() {
    byte[] raw = configuredKey.filter(k -> !k.isBlank()).map(IdentifierCipher::decodeKey)
        .orElseGet(() -> fromFile(Path.of(keyFile.orElseThrow(() -> new IllegalStateException(
            "Set PRAGMA_IDENTIFIERS_KEY (base64 of 32 random bytes) to encrypt patient identifiers.")))));
    use(raw);
  }

  /** For tests without a container. */
  static IdentifierCipher withKey(byte[] raw) {
    IdentifierCipher cipher = new IdentifierCipher();
    cipher.use(raw);
    return cipher;
  }

  private void use(byte[] raw) {
    key = new SecretKeySpec(raw, "AES");
    indexKey = new SecretKeySpec(hmac(new SecretKeySpec(raw, "HmacSHA256"), "pragma/mrn-index/v1"), "HmacSHA256");
    surnameKey = new SecretKeySpec(hmac(new SecretKeySpec(raw, "HmacSHA256"), "pragma/surname-index/v1"), "HmacSHA256");
    keyId = HexFormat.of().formatHex(sha256(raw), 0, 4);
  }

  /** Short fingerprint of the key, stored with each ciphertext so a wrong key is reported as such. */
  public String keyId() {
    return keyId;
  }

  public String encrypt(Identifiers identifiers) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
      byte[] sealed = cipher.doFinal(JSON.toJson(identifiers).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not encrypt patient identifiers", e);
    }
  }

  public Identifiers decrypt(String payload, String storedKeyId) {
    if (!keyId.equals(storedKeyId)) {
      throw new IllegalStateException("Patient identifiers were encrypted with key " + storedKeyId
          + " but the configured key is " + keyId + "; configure the original PRAGMA_IDENTIFIERS_KEY.");
    }
    byte[] all = Base64.getDecoder().decode(payload);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
      cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
      byte[] plain = cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
      return JSON.fromJson(new String(plain, StandardCharsets.UTF_8), Identifiers.class);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Patient identifiers could not be decrypted (tampered or wrong key)", e);
    }
  }

  /** The keyed hash that finds a record number at a site without storing it in the clear. */
  public String recordNumberIndex(long siteId, Identifiers identifiers) {
    return recordNumberIndex(siteId, identifiers.medicalRecordNumber());
  }

  /**
   * The blind index of a family name at a site: a keyed hash of the {@linkplain Identifiers#normalizeName
   * normalized} name, so a coordinator finds a patient by exact family name without the database holding
   * the name or anyone decrypting every row. The site is part of the hash, so equal names at two sites
   * cannot be matched up.
   */
  public String surnameIndex(long siteId, String familyName) {
    return HexFormat.of().formatHex(hmac(surnameKey, siteId + ":" + Identifiers.normalizeName(familyName)));
  }

  /** The record-number index for a record number as typed in a search. */
  public String recordNumberIndex(long siteId, String recordNumber) {
    return HexFormat.of().formatHex(hmac(indexKey, siteId + ":" + Identifiers.normalizeRecordNumber(recordNumber)));
  }

  private static byte[] decodeKey(String base64) {
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("PRAGMA_IDENTIFIERS_KEY is not base64 text");
    }
    if (raw.length != 32) {
      throw new IllegalStateException("PRAGMA_IDENTIFIERS_KEY must be 32 bytes (256 bits) in base64, not " + raw.length);
    }
    return raw;
  }

  private static byte[] fromFile(Path file) {
    try {
      if (Files.exists(file)) {
        return decodeKey(Files.readString(file));
      }
      byte[] raw = new byte[32];
      RANDOM.nextBytes(raw);
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, Base64.getEncoder().encodeToString(raw) + "\n");
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        LOG.warning("Could not restrict the permissions of " + file);
      }
      LOG.warning(() -> "No PRAGMA_IDENTIFIERS_KEY configured: generated a new patient-identifier key in " + file
          + ". Back it up; without it the identifiers cannot be read.");
      return raw;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the identifier key file " + file, e);
    }
  }

  private static byte[] hmac(SecretKeySpec key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] sha256(byte[] raw) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(raw);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
