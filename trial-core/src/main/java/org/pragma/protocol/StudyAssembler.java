package org.pragma.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.pragma.instrument.Instrument;
import org.pragma.instrument.InstrumentCatalog;
import org.pragma.protocol.validation.ContentHash;

/** Builds the immutable {@link StudyProtocol} from checked documents, resolving shared schedules. */
final class StudyAssembler {

  private final StudyDocuments docs;
  private final InstrumentCatalog catalog;
  private final Map<String, ProtocolLoader.SourceFile> instrumentFiles;

  /**
   * @param instrumentFiles the instrument files the catalog was read from, by content hash; empty when
   *     they are not known (an uploaded zip that is only validated)
   */
  StudyAssembler(StudyDocuments docs, InstrumentCatalog catalog, Map<String, ProtocolLoader.SourceFile> instrumentFiles) {
    this.docs = docs;
    this.catalog = catalog;
    this.instrumentFiles = instrumentFiles;
  }

  StudyProtocol assemble(String prefix, Map<String, byte[]> files) {
    JsonNode root = docs.study().root();
    List<Arm> arms = new ArrayList<>();
    docs.listedArms().forEach(arm -> arm.ifPresent(doc ->
        arms.add(ArmReader.read(doc.root(), ArmReader.schedule(scheduleNode(doc.root()))))));
    List<InstrumentUse> baseline = StudyReader.instrumentUses(root.get("baselineInstruments"));
    Map<String, Instrument> instruments = referencedInstruments(arms, baseline, root);
    JsonNode enrollment = root.get("enrollment");
    return new StudyProtocol(root.get("code").asText(), root.get("version").asText(),
        hash(prefix, files, instruments), root.get("title").asText(),
        Optional.ofNullable(root.get("shortTitle")).map(JsonNode::asText), root.get("registryId").asText(),
        root.get("sponsor").asText(), ZoneId.of(root.get("timeZone").asText()),
        root.get("unitOfRandomization").asText(), arms,
        StudyReader.allocation(arms, root.get("allocationRatio").asText()),
        StudyReader.randomization(root.get("randomization")), StudyReader.eligibility(root.get("eligibility")),
        new Consent(root.get("consent").get("model").asText(),
            Optional.ofNullable(root.get("consent").get("description")).map(JsonNode::asText)),
        baseline, new EnrollmentTarget(enrollment.get("target").asInt(), ArmReader.optionalInt(enrollment, "perSiteTarget"),
            ArmReader.optionalInt(enrollment, "months")),
        new StudyIdFormat(root.get("studyIdFormat").asText()), StudyReader.outcomes(root.path("outcomes")),
        new org.pragma.spending.SpendingWindow(root.path("spending").path("lookBackDays").asInt(
            org.pragma.spending.SpendingWindow.DEFAULT_LOOK_BACK_DAYS)), instruments,
        sources(prefix, files, instruments), design(root.get("design")));
  }

  private static Optional<Design> design(JsonNode d) {
    return d == null || d.isNull() ? Optional.empty() : Optional.of(new Design(d.get("icc").asDouble(),
        d.get("clusterSize").asDouble(), d.get("effectSize").asDouble(), d.get("sd").asDouble(), d.get("alpha").asDouble(),
        d.get("power").asDouble()));
  }

  /** The study's files and the instrument files it uses, as text keyed by path under the protocols root. */
  private Map<String, String> sources(String prefix, Map<String, byte[]> files, Map<String, Instrument> instruments) {
    SortedMap<String, String> sources = new TreeMap<>();
    files.forEach((path, content) -> sources.put(prefix + path, new String(content, StandardCharsets.UTF_8)));
    instruments.values().forEach(i -> {
      ProtocolLoader.SourceFile file = instrumentFiles.get(i.contentHash());
      if (file != null) {
        sources.put(file.path(), file.text());
      }
    });
    return sources;
  }

  private JsonNode scheduleNode(JsonNode arm) {
    JsonNode schedule = arm.get("schedule");
    if (schedule.has("visits")) {
      return schedule;
    }
    return docs.armByCode(schedule.get("sameAs").asText()).orElseThrow().root().get("schedule");
  }

  private Map<String, Instrument> referencedInstruments(List<Arm> arms, List<InstrumentUse> baseline, JsonNode root) {
    Map<String, Instrument> referenced = new TreeMap<>();
    Stream<InstrumentUse> uses = Stream.concat(baseline.stream(), arms.stream()
        .flatMap(a -> a.schedule().visits().stream()).flatMap(v -> v.instruments().stream()));
    uses.forEach(u -> referenced.put(u.code(), catalog.get(u.code())));
    arms.stream().flatMap(a -> a.interventions().stream()).flatMap(i -> i.stratifiedBy().stream())
        .forEach(s -> referenced.put(s.instrument(), catalog.get(s.instrument())));
    root.path("outcomes").forEach(o -> {
      if (o.has("instrument")) {
        referenced.put(o.get("instrument").asText(), catalog.get(o.get("instrument").asText()));
      }
    });
    return referenced;
  }

  /** SHA-256 over the study's files and the definitions of the instruments it references. */
  private static String hash(String prefix, Map<String, byte[]> files, Map<String, Instrument> instruments) {
    SortedMap<String, byte[]> hashed = new TreeMap<>();
    files.forEach((path, content) -> hashed.put(prefix + path, content));
    instruments.values().forEach(i -> hashed.put("instruments/" + i.code() + ".yaml",
        i.contentHash().getBytes(StandardCharsets.US_ASCII)));
    return ContentHash.of(hashed);
  }
}
