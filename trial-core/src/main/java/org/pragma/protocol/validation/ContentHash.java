package org.pragma.protocol.validation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;

/**
 * SHA-256 over protocol files in a stable order (sorted by relative path), each preceded by its path.
 * Line endings are normalised to LF first, so a checkout on Windows does not look like an amendment.
 */
public final class ContentHash {

  private ContentHash() {}

  /** Hex SHA-256 of the files, keyed by path relative to the protocols root. */
  public static String of(SortedMap<String, byte[]> files) {
    MessageDigest digest = sha256();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(normalised(file.getValue()));
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Hex SHA-256 of one file's content. */
  public static String of(byte[] content) {
    return HexFormat.of().formatHex(sha256().digest(normalised(content)));
  }

  private static byte[] normalised(byte[] content) {
    return new String(content, StandardCharsets.UTF_8).replace("\r\n", "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
