package org.pragma.exports;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** manifest.json: what the export holds and how to check it, with a fixed key order. */
final class Manifest {
  private Manifest() {}

  static String json(
      ManifestFacts facts,
      Set<Format> formats,
      List<Dataset> datasets,
      Map<String, Long> rows,
      List<ExportedFile> files) {
    StringBuilder s = new StringBuilder("{\n");
    s.append("  \"study\": ").append(Json.string(facts.study())).append(",\n");
    s.append("  \"snapshot\": ").append(Json.string(facts.snapshot().toString())).append(",\n");
    s.append("  \"statusesAsOf\": ").append(Json.string(facts.asOf().toString())).append(",\n");
    s.append("  \"software\": ").append(Json.string(facts.software())).append(",\n");
    s.append("  \"formats\": [");
    int i = 0;
    for (Format f : formats) {
      s.append(i++ > 0 ? ", " : "").append(Json.string(f.name().toLowerCase()));
    }
    s.append("],\n");
    s.append("  \"dates\": ").append(Json.string(facts.limitedDataset() ? "actual" : "relative")).append(",\n");
    s.append("  \"deidentification\": ").append(Json.string(facts.limitedDataset()
        ? "LIMITED DATASET: real calendar dates; no names, record numbers or contact data"
        : "de-identified: no names, record numbers, contact data or birth dates; dates as days from enrollment"))
        .append(",\n");
    s.append("  \"filters\": ");
    map(s, facts.filters());
    s.append(",\n  \"protocolVersions\": ");
    s.append("{");
    i = 0;
    for (Map.Entry<String, Long> e : facts.protocolVersions().entrySet()) {
      s.append(i++ > 0 ? ", " : "").append(Json.string(e.getKey())).append(": ").append(e.getValue());
    }
    s.append("},\n  \"missingCodes\": {");
    i = 0;
    for (Missing m : Missing.values()) {
      s.append(i++ > 0 ? ", " : "").append(Json.string(m.code())).append(": ").append(Json.string(m.meaning()));
    }
    s.append("},\n  \"datasets\": [\n");
    i = 0;
    for (Dataset d : datasets) {
      s.append(i++ > 0 ? ",\n" : "").append("    {\"name\": ").append(Json.string(d.name()))
          .append(", \"rows\": ").append(rows.get(d.name()))
          .append(", \"variables\": ").append(d.width())
          .append(", \"description\": ").append(Json.string(d.description())).append('}');
    }
    s.append("\n  ],\n  \"files\": [\n");
    i = 0;
    for (ExportedFile f : files) {
      s.append(i++ > 0 ? ",\n" : "").append("    {\"name\": ").append(Json.string(f.name()))
          .append(", \"bytes\": ").append(f.bytes())
          .append(", \"sha256\": ").append(Json.string(f.sha256())).append('}');
    }
    return s.append("\n  ]\n}\n").toString();
  }

  private static void map(StringBuilder s, Map<String, String> map) {
    s.append('{');
    int i = 0;
    for (Map.Entry<String, String> e : map.entrySet()) {
      s.append(i++ > 0 ? ", " : "").append(Json.string(e.getKey())).append(": ").append(Json.string(e.getValue()));
    }
    s.append('}');
  }
}
