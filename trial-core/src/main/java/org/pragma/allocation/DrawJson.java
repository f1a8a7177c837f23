package org.pragma.allocation;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The recorded form of a draw: JSON with properties in a fixed order, and its SHA-256. */
final class DrawJson {
  private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withPropertyOrderStrategy("LEXICOGRAPHICAL"));

  private DrawJson() {}

  static String write(Draw draw) {
    return JSON.toJson(draw);
  }

  static Draw read(String json) {
    return JSON.fromJson(json, Draw.class);
  }

  static String sha256(String json) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
