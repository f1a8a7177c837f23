package org.pragma.exports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the caller knows about an export for its manifest. {@code snapshot} is the time of the data
 * (the last change included), so the same data exported twice gives the same manifest. A limited
 * dataset carries real dates and says so.
 *
 * @param asOf the study date on which derived states (visit due, missed) were judged
 * @param protocolVersions protocol version label to the number of patients enrolled under it
 */
public record ManifestFacts(
    String study,
    Instant snapshot,
    LocalDate asOf,
    String software,
    boolean limitedDataset,
    Map<String, String> filters,
    Map<String, Long> protocolVersions) {
  public ManifestFacts {
    Objects.requireNonNull(study, "study");
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(software, "software");
    filters = new TreeMap<>(filters);
    protocolVersions = new TreeMap<>(protocolVersions);
  }
}
