package org.pragma.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pragma.audit.AuditRow;

class AuditLabelsTest {
  private final AuditLabels labels = new AuditLabels(study -> Optional.empty());

  /**
   * Every field name the services write into the trail (read from their source: {@code .field("x"},
   * {@code put("x"}, {@code changed(subject, "x"}, and the keys of {@code audit.created(..., Map.of(...))})
   * has a label of its own in labels.properties.
   */
  @Test
  void everyAuditedFieldHasALabel() throws IOException {
    TreeSet<String> fields = auditedFields(Path.of("../trial-core/src/main/java"));
    assertThat(fields).as("audited fields found in trial-core's services").contains("status", "enrollmentTarget", "roles");
    assertThat(fields.stream().filter(f -> !AuditLabels.hasLabel(f)).toList())
        .as("audited fields without a field.* label in labels.properties").isEmpty();
  }

  @Test
  void fieldsAndRecordsReadAsWords() {
    assertThat(AuditLabels.field("site", "enrollmentTarget")).isEqualTo("Enrollment target");
    assertThat(AuditLabels.field("contact", "method")).isEqualTo("Contact method");
    assertThat(AuditLabels.field("site", "covariates.health-system")).isEqualTo("Covariate health-system");
    assertThat(AuditLabels.field("visit", "ODI.score")).isEqualTo("ODI score");
    assertThat(AuditLabels.field("patient", "baseline.SBST")).isEqualTo("Baseline SBST score");
    assertThat(AuditLabels.field("study", "someNewField")).isEqualTo("Some new field");
    assertThat(AuditLabels.field("study", null)).isEmpty();
    assertThat(AuditLabels.entity("site-arm")).isEqualTo("Site's arm");
    assertThat(AuditLabels.action("UPDATE")).isEqualTo("Changed");
  }

  @Test
  void codesReadAsTheirLabels() {
    assertThat(labels.value("site", "status", "SC", "ACTIVE")).isEqualTo("Active");
    assertThat(labels.value("study", "status", "SC", "PLANNING")).isEqualTo("Planning");
    assertThat(labels.value("patient", "status", "SC", "LOST_TO_FOLLOW_UP")).isEqualTo("Lost to follow-up");
    assertThat(labels.value("user", "roles", null, "COORDINATOR,DATA_MANAGER")).isEqualTo("Study coordinator, Data manager");
    assertThat(labels.value("contact", "method", "SC", "IN_PERSON")).isEqualTo("In person");
    assertThat(labels.value("visit", "data", "SC", "INCOMPLETE")).isEqualTo("Incomplete");
    assertThat(labels.value("visit", "locked", "SC", "true")).isEqualTo("Yes");
    assertThat(labels.value("site", "name", "SC", "Clinic ACTIVE")).isEqualTo("Clinic ACTIVE");
    assertThat(labels.value("patient", "arm", "SC", "ipt")).as("an arm without a protocol keeps its code").isEqualTo("ipt");
  }

  @Test
  void timesReadInTheStudysZoneToTheMinute() {
    AuditRow row = new AuditRow(7, Instant.parse("2026-10-15T14:31:44.196Z"), "admin", "UPDATE", "user", "ann", "lockedUntil",
        null, "2026-10-15T15:01:44.196894890Z", "5 wrong passwords in a row", null, null, "ab");
    AuditLine line = AuditLine.of(row, labels);
    assertThat(line.when()).isEqualTo("2026-10-15 14:31 UTC");
    assertThat(line.newValue()).isEqualTo("2026-10-15 15:01 UTC");
    assertThat(line.field()).isEqualTo("Locked until");
    assertThat(line.what()).isEqualTo("User account ann");
  }

  @Test
  void csvKeepsCodesAndIsoTimesBesideTheirLabels() throws IOException {
    AuditRow row = new AuditRow(3, Instant.parse("2026-10-15T14:31:44.196Z"), "admin", "UPDATE", "site", "12", "status",
        "PLANNED", "ACTIVE", "Site opened for enrollment", "SC", "S1", "ab");
    StringWriter out = new StringWriter();
    AuditCsv.write(List.of(row), labels, out);
    assertThat(out.toString().split("\r\n")).containsExactly(
        "seq,recorded_at_iso8601_utc,username,action,action_label,entity,entity_label,entity_id,field,field_label,"
            + "old_value,old_value_label,new_value,new_value_label,reason,study,site,hash",
        "3,2026-10-15T14:31:44.196Z,admin,UPDATE,Changed,site,Site,12,status,Status,PLANNED,Planned,ACTIVE,Active,"
            + "Site opened for enrollment,SC,S1,ab");
  }

  private static final Pattern FIELD = Pattern.compile(
      "\\.field\\(\"([A-Za-z]+)\"|\\.put\\(\"([A-Za-z]+)\"|audit\\.changed\\([^;]*?\\), \"([A-Za-z]+)\",", Pattern.DOTALL);
  private static final Pattern CREATED_MAP = Pattern.compile("audit\\.created\\([^;]*?Map\\.of\\(([^;]*)\\)", Pattern.DOTALL);
  private static final Pattern MAP_KEY = Pattern.compile("\"([A-Za-z]+)\"\\s*,");

  static TreeSet<String> auditedFields(Path sources) throws IOException {
    TreeSet<String> fields = new TreeSet<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String text = Files.readString(file);
        if (!(text.contains("Audit audit") || text.contains("Changes.of()")) || file.toString().contains("/audit/")) {
          continue;
        }
        Matcher m = FIELD.matcher(text);
        while (m.find()) {
          fields.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        Matcher created = CREATED_MAP.matcher(text);
        while (created.find()) {
          Matcher key = MAP_KEY.matcher(created.group(1));
          while (key.find()) {
            fields.add(key.group(1));
          }
        }
      }
    }
    return fields;
  }
}
