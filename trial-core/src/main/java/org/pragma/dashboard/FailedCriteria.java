package org.pragma.dashboard;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;

/** Reads a screening's stored list of failed criteria (code, kind, reason), as the screening log writes it. */
public final class FailedCriteria {
  private static final Jsonb JSON = JsonbBuilder.create();

  /** A failed criterion as stored (public: JSON-B reads it). */
  public record Failed(String code, String kind, String reason) {}

  static List<Failed> read(String json) {
    return json == null || json.isBlank() ? List.of() : List.of(JSON.fromJson(json, Failed[].class));
  }

  private FailedCriteria() {}
}
