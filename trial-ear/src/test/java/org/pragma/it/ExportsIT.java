package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pragma.it.Trials.expect;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A data manager exports the analysis datasets over REST: known data (a completed out-of-window
 * visit, a withdrawn patient, a missed visit with unanswered items, claims at the window edges)
 * come out with the right values and missing-value reasons, no identifier leaves, and the same data
 * exported again is byte-identical.
 */
@ExtendWith(ArquillianExtension.class)
class ExportsIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;
  Trials.Trial trial;
  Http coordinator;
  Http dataManager;
  String site;
  LocalDate today;
  final List<String> mrns = new ArrayList<>();

  @BeforeEach
  void aStudy() {
    trial = Trials.spineCare(base);
    site = trial.siteInArm("ice");
    coordinator = ItUsers.create(base, "COORDINATOR", trial.study() + "/" + site).http();
    dataManager = ItUsers.create(base, "DATA_MANAGER").http();
    today = Trials.today();
  }

  private String enroll() {
    String mrn = Trials.newMrn();
    mrns.add(mrn);
    long screening = Trials.screen(coordinator, trial.study(), site, Trials.spineCareScreening("low-back", true));
    HttpResponse<String> r = expect(201, coordinator.postJson("api/studies/" + trial.study() + "/sites/" + site + "/patients",
        Trials.spineCareEnrollment(screening, mrn, Trials.spineCareBaseline(1, 2))));
    return r.body().replaceAll("(?s).*?\"studyId\":\"([^\"]+)\".*", "$1");
  }

  private String visit(String studyId, String code) {
    return "api/studies/" + trial.study() + "/patients/" + studyId + "/visits/" + code;
  }

  private static String odi(int value, int items) {
    StringBuilder b = new StringBuilder("{");
    for (int i = 1; i <= items; i++) {
      b.append(i > 1 ? "," : "").append("\"odi").append(i).append("\":").append(value);
    }
    return b.append('}').toString();
  }

  private Map<String, String> knownData() {
    Map<String, String> ids = new LinkedHashMap<>();
    String ann = enroll();
    expect(200, Trials.saveVisit(coordinator, visit(ann, "month-3"),
        "{\"visitOn\":\"" + today + "\",\"instruments\":{\"ODI\":" + odi(3, 10) + ",\"NPRS\":{\"nprs1\":4}}}"));
    String bob = enroll();
    expect(200, coordinator.postJson("api/studies/" + trial.study() + "/patients/" + bob + "/status",
        "{\"status\":\"WITHDRAWN\",\"effectiveOn\":\"" + today + "\",\"reason\":\"Patient request\"}"));
    String cleo = enroll();
    expect(200, Trials.saveVisit(coordinator, visit(cleo, "month-3"),
        "{\"visitOn\":\"" + today + "\",\"instruments\":{\"ODI\":" + odi(2, 2) + "}}"));
    // Cleo's month-3 window lies in the past (as if enrolled earlier): the visit is missed.
    assertThat(Database.update("update patient_visit set opens_on = ?, remind_on = ?, target_on = ?, closes_on = ?"
            + " where code = 'month-3' and patient_id = (select id from patient where study_patient_id = ?"
        + " and study_id = (select id from study where code = ?))",
        today.minusDays(60), today.minusDays(57), today.minusDays(50), today.minusDays(40), cleo, trial.study())).isEqualTo(1);
    Trials.screen(coordinator, trial.study(), site, Trials.spineCareScreening("low-back", false));
    String header = "study_id,service_date,category,procedure_code,units,allowed_amount,paid_amount,rvu\n";
    String csv = header
        + ann + "," + today + ",imaging-mri,72148,1,412.37,412.37,\n"
        + ann + "," + today + ",surgery,63030,1,7.00,7.00,\n"
        + ann + "," + today + ",surgery,63047,1,1000.00,1000.00,\n"
        + ann + "," + today.minusDays(1) + ",primary-care,99213,1,0.10,0.10,\n"
        + ann + "," + today.minusDays(365) + ",primary-care,99213,1,50.00,50.00,\n";
    expect(201, claims(csv));
    // Claims a year after enrollment cannot be entered on the ITs' fixed clock: two lines move to the edge days.
    assertThat(Database.update("update claim_line set study_day = 364 where procedure_code = '63030' and patient_id ="
        + " (select id from patient where study_patient_id = ?"
        + " and study_id = (select id from study where code = ?))", ann, trial.study())).isEqualTo(1);
    assertThat(Database.update("update claim_line set study_day = 365 where procedure_code = '63047' and patient_id ="
        + " (select id from patient where study_patient_id = ?"
        + " and study_id = (select id from study where code = ?))", ann, trial.study())).isEqualTo(1);
    ids.put("ann", ann);
    ids.put("bob", bob);
    ids.put("cleo", cleo);
    return ids;
  }

  private HttpResponse<String> claims(String csv) {
    String boundary = "pragma-" + UUID.randomUUID();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"source\"\r\n\r\nPayer\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"claims.csv\"\r\nContent-Type: text/csv\r\n\r\n"
        + csv + "\r\n--" + boundary + "--\r\n";
    return dataManager.post("api/studies/" + trial.study() + "/claims", "multipart/form-data; boundary=" + boundary,
        body.getBytes(StandardCharsets.UTF_8));
  }

  private String exports() {
    return "api/studies/" + trial.study() + "/exports";
  }

  /** Starts an export and waits until it is done; returns its path. */
  private String export(Http http, String json) throws InterruptedException {
    HttpResponse<String> started = http.postJson(exports(), json);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String location = started.headers().firstValue("Location").orElseThrow();
    String path = location.substring(location.indexOf("api/studies/"));
    for (int i = 0; i < 120; i++) {
      String body = http.get(path).body();
      if (body.contains("\"status\":\"DONE\"")) {
        return path;
      }
      assertThat(body).doesNotContain("\"status\":\"FAILED\"");
      Thread.sleep(500);
    }
    throw new AssertionError("export not done in 60 s: " + http.get(path).body());
  }

  static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  /** A dataset's rows by the value of its first column(s) joined, each a map of variable to cell. */
  static List<Map<String, String>> rows(byte[] csv) {
    String[] lines = new String(csv, StandardCharsets.UTF_8).split("\r\n");
    List<String> names = Arrays.asList(lines[0].split(","));
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",", -1);
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < names.size(); c++) {
        row.put(names.get(c), cells[c]);
      }
      rows.add(row);
    }
    return rows;
  }

  static Map<String, String> row(List<Map<String, String>> rows, String column, String value) {
    return rows.stream().filter(r -> value.equals(r.get(column))).findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + column + " = " + value + " in " + rows));
  }

  @Test
  void theDatasetsCarryKnownValuesWithReasonsForEveryGapNoIdentifierAndReExportIsByteIdentical() throws Exception {
    Map<String, String> ids = knownData();
    String request = "{\"datasets\":[\"screening\",\"patients\",\"visits\",\"utilization\",\"sites\"],\"formats\":[\"csv\",\"xlsx\"],"
        + "\"dates\":\"relative\",\"sites\":[\"" + site + "\"]}";
    String path = export(dataManager, request);
    String answer = dataManager.get(path).body();
    assertThat(answer).contains("\"rows\":{\"patients\":3,\"visits\":9,\"utilization\":90,\"sites\":1,\"screening\":4}",
        "\"dates\":\"relative\"", "\"sha256\":\"", "\"manifest\":{", "\"statusesAsOf\":\"" + today + "\"");
    HttpResponse<byte[]> file = dataManager.getBytes(path + "/file");
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains(".zip");
    Map<String, byte[]> zip = unzip(file.body());
    assertThat(zip.keySet()).containsExactly("patients.csv", "visits.csv", "utilization.csv", "sites.csv", "screening.csv",
        "datasets.xlsx", "codebook.csv", "import.R", "import.do", "import.sas", "manifest.json");

    List<Map<String, String>> patients = rows(zip.get("patients.csv"));
    assertThat(patients).hasSize(3);
    Map<String, String> ann = row(patients, "study_id", ids.get("ann"));
    assertThat(ann).containsEntry("arm", "ice").containsEntry("status", "enrolled").containsEntry("status_day", ".a")
        .containsEntry("odi_baseline", "40.0").containsEntry("odi_month_3", "60.0").containsEntry("odi_change_month_3", "20.0")
        .containsEntry("day_month_3", "0").containsEntry("in_window_month_3", "0")
        .containsEntry("completion_month_3", "completed_out_of_window").containsEntry("odi_month_12", ".n")
        .containsEntry("ndi_baseline", ".a").containsEntry("spending_12m_total", "419.37")
        .containsEntry("n_imaging_mri_12m", "1").containsEntry("n_surgery_12m", "1").containsEntry("n_primary_care_12m", "0");
    assertThat(row(patients, "study_id", ids.get("bob"))).containsEntry("status", "withdrawn").containsEntry("status_day", "0")
        .containsEntry("odi_month_3", ".w").containsEntry("completion_month_3", "cancelled").containsEntry("odi_change_month_12", ".w");
    assertThat(row(patients, "study_id", ids.get("cleo"))).containsEntry("odi_month_3", ".i").containsEntry("nprs_month_3", ".m")
        .containsEntry("completion_month_3", "missed").containsEntry("odi_change_month_3", ".i");

    List<Map<String, String>> visits = rows(zip.get("visits.csv"));
    Map<String, String> cleoMonth3 = visits.stream()
        .filter(r -> r.get("study_id").equals(ids.get("cleo")) && r.get("visit").equals("month-3")).findFirst().orElseThrow();
    assertThat(cleoMonth3).containsEntry("odi_odi1", "2").containsEntry("odi_odi2", "2").containsEntry("odi_odi3", ".i")
        .containsEntry("odi_score", ".i").containsEntry("nprs_nprs1", ".m").containsEntry("target_day", "-50").containsEntry("window_to", "-40");

    List<Map<String, String>> utilization = rows(zip.get("utilization.csv"));
    Map<String, String> before = utilization.stream().filter(r -> r.get("study_id").equals(ids.get("ann"))
        && r.get("category").equals("primary-care") && r.get("period").equals("before")).findFirst().orElseThrow();
    assertThat(before).containsEntry("services", "2").containsEntry("spending", "50.10");
    Map<String, String> surgery = utilization.stream().filter(r -> r.get("study_id").equals(ids.get("ann"))
        && r.get("category").equals("surgery") && r.get("period").equals("after")).findFirst().orElseThrow();
    assertThat(surgery).containsEntry("services", "1").containsEntry("spending", "7.00");

    assertThat(row(rows(zip.get("sites.csv")), "site", site)).containsEntry("arm", "ice").containsEntry("screened", "4")
        .containsEntry("eligible", "3").containsEntry("enrolled", "3");
    List<Map<String, String>> screening = rows(zip.get("screening.csv"));
    Map<String, String> ineligible = row(screening, "eligible", "0");
    assertThat(ineligible).containsEntry("enrolled", "0");
    assertThat(ineligible.entrySet()).anyMatch(e -> e.getKey().startsWith("failed_") && e.getValue().equals("1"));

    String everything = text(zip);
    for (String mrn : mrns) {
      assertThat(everything).doesNotContain(mrn);
    }
    assertThat(everything).doesNotContain("Lovelace", "1975-12-10", "555 0100", "ada@example.org", "Dana Coordinator");
    assertThat(new String(zip.get("import.R"), StandardCharsets.UTF_8)).contains("odi_change_month_3", "spending_12m_spine");

    runTheRScript(zip);

    String again = export(dataManager, request);
    byte[] second = dataManager.getBytes(again + "/file").body();
    assertThat(second).isEqualTo(file.body());
    String audit = trial.admin().get("api/audit?study=" + trial.study() + "&entity=analysis-export").body();
    assertThat(audit).contains("patients=3", "Export written");
  }

  /** Where R is installed (Debian: r-base-core), the export's import.R reads every dataset. */
  private static void runTheRScript(Map<String, byte[]> zip) throws Exception {
    boolean r = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, "Rscript")));
    if (!r) {
      System.out.println("Rscript is not installed: the export's R script is not run");
      return;
    }
    Path dir = Files.createTempDirectory("export-r");
    for (Map.Entry<String, byte[]> e : zip.entrySet()) {
      Files.write(dir.resolve(e.getKey()), e.getValue());
    }
    Process p = new ProcessBuilder("Rscript", "-e", "source('import.R'); cat(nrow(patients), nrow(visits), nrow(utilization),"
        + " nrow(sites), nrow(screening), levels(patients$arm)[1], attr(patients$odi_month_3, 'label'), sep = '|')")
        .directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(out).contains("3|9|90|1|4|");
  }

  /** Every file's text, the workbook's inner XML files too. */
  private static String text(Map<String, byte[]> zip) throws IOException {
    StringBuilder all = new StringBuilder();
    for (Map.Entry<String, byte[]> e : zip.entrySet()) {
      if (e.getKey().endsWith(".xlsx")) {
        unzip(e.getValue()).values().forEach(b -> all.append(new String(b, StandardCharsets.UTF_8)));
      } else {
        all.append(new String(e.getValue(), StandardCharsets.UTF_8));
      }
    }
    return all.toString();
  }

  @Test
  void aDataManagerSignsAFinishedExportAsFinalOnceWithTheirPassword() throws Exception {
    enroll();
    String path = export(dataManager, "{\"datasets\":[\"sites\"],\"formats\":[\"csv\"]}");
    String sha = dataManager.get(path).body().replaceAll("(?s).*\"sha256\":\"([0-9a-f]{64})\",\"snapshotAt\".*", "$1");
    Http statistician = ItUsers.create(base, "STATISTICIAN").http();
    assertThat(statistician.postJson(path + "/signature", "{\"password\":\"" + ItUsers.PASSWORD + "\"}").statusCode()).isEqualTo(403);
    HttpResponse<String> wrong = dataManager.postJson(path + "/signature", "{\"password\":\"wrong\"}");
    assertThat(wrong.statusCode()).isEqualTo(422);
    HttpResponse<String> signed = dataManager.postJson(path + "/signature", "{\"password\":\"" + ItUsers.PASSWORD + "\"}");
    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
    assertThat(signed.body()).contains("\"signedBy\":\"data-manager-", "\"signedAt\":");
    assertThat(dataManager.postJson(path + "/signature", "{\"password\":\"" + ItUsers.PASSWORD + "\"}").statusCode()).isEqualTo(409);
    assertThat(trial.admin().get("api/signatures?contentHash=" + sha).body()).contains("APPROVAL", "Final analysis export");
  }

  @Test
  void statisticiansReadOnlyDataManagersGetRealDatesAndEveryProblemOfARequestShowsAtOnce() throws Exception {
    enroll();
    Http statistician = ItUsers.create(base, "STATISTICIAN").http();
    assertThat(statistician.postJson(exports(), "{\"datasets\":[\"patients\"],\"formats\":[\"csv\"]}").statusCode()).isEqualTo(403);
    HttpResponse<String> adminDates = trial.admin().postJson(exports(),
        "{\"datasets\":[\"patients\"],\"formats\":[\"csv\"],\"dates\":\"actual\"}");
    assertThat(adminDates.statusCode()).isEqualTo(422);
    assertThat(adminDates.body()).contains("Only data managers may export real dates");
    HttpResponse<String> bad = dataManager.postJson(exports(),
        "{\"datasets\":[\"patients\",\"names\"],\"formats\":[\"pdf\"],\"dates\":\"shifted\",\"enrolledFrom\":\"31/01/2026\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("enrolledFrom", "Unknown dataset names", "Unknown format 'pdf'", "'relative'");

    String path = export(dataManager, "{\"datasets\":[\"patients\",\"visits\"],\"formats\":[\"csv\"],\"dates\":\"actual\"}");
    Map<String, byte[]> zip = unzip(statistician.getBytes(path + "/file").body());
    String manifest = new String(zip.get("manifest.json"), StandardCharsets.UTF_8);
    assertThat(manifest).contains("\"dates\": \"actual\"", "LIMITED DATASET");
    assertThat(rows(zip.get("patients.csv")).get(0)).containsEntry("enrolled_on", today.toString());
    assertThat(statistician.get(exports()).body()).contains("\"id\":" + path.substring(path.lastIndexOf('/') + 1));
    assertThat(statistician.get(exports() + "/999999").statusCode()).isEqualTo(404);
  }
}
