package org.pragma.it;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A study ready for enrollment, made over HTTP: its own copy of a shipped protocol, clinics registered,
 * randomized by a statistician (e-signed) and activated by the admin, unless told to leave some planned.
 */
final class Trials {
  private static final Pattern ARM = Pattern.compile("\"arm\":\"([^\"]+)\"");
  private static final Pattern CODE = Pattern.compile("\"code\":\"(S[0-9]+)\"");

  /** A randomized study: its code, the admin's client, and each site's arm. */
  record Trial(String study, Http admin, Map<String, String> arms) {
    String siteInArm(String arm) {
      return arms.entrySet().stream().filter(e -> e.getValue().equals(arm)).findFirst().orElseThrow().getKey();
    }
  }

  private Trials() {}

  /**
   * SPINE CARE with six clinics in two health systems (stratified: one clinic per arm in each), all
   * active except {@code plannedSites}.
   */
  static Trial spineCare(URL base, String... plannedSites) {
    Http admin = ItUsers.admin(base);
    String study = TestStudies.fromTemplate(admin, "spine-care");
    for (int i = 1; i <= 6; i++) {
      expect(201, admin.postJson("api/studies/" + study + "/sites", "{\"code\":\"S" + i + "\",\"name\":\"Clinic S" + i
          + "\",\"covariates\":{\"health-system\":\"" + (i <= 3 ? "vanderbilt" : "honorhealth") + "\",\"annual-spine-visits\":\""
          + (300 + 17 * i) + "\"}}"));
    }
    return randomizeAndOpen(base, admin, study, plannedSites);
  }

  /** IMPACt-LBP (consent implied by the baseline questionnaire) with four clinics, all active. */
  static Trial impactLbp(URL base) {
    Http admin = ItUsers.admin(base);
    String study = TestStudies.fromTemplate(admin, "impact-lbp");
    for (int i = 1; i <= 4; i++) {
      expect(201, admin.postJson("api/studies/" + study + "/sites",
          TestStudies.site("S" + i, i <= 2 ? "duke" : "iowa", 400 + 31 * i, i % 2 == 0 ? "family" : "internal")));
    }
    return randomizeAndOpen(base, admin, study);
  }

  private static Trial randomizeAndOpen(URL base, Http admin, String study, String... plannedSites) {
    Http statistician = ItUsers.create(base, "STATISTICIAN").http();
    HttpResponse<String> commit = statistician.postJson("api/studies/" + study + "/randomizations",
        "{\"password\":\"" + ItUsers.PASSWORD + "\",\"meaning\":\"APPROVAL\"}");
    expect(201, commit);
    Map<String, String> arms = new LinkedHashMap<>();
    Matcher codes = CODE.matcher(admin.get("api/studies/" + study + "/sites").body());
    while (codes.find()) {
      String site = codes.group(1);
      Matcher arm = ARM.matcher(admin.get("api/studies/" + study + "/sites/" + site).body());
      arms.put(site, arm.find() ? arm.group(1) : null);
    }
    for (String site : arms.keySet()) {
      if (!java.util.List.of(plannedSites).contains(site)) {
        expect(200, admin.postJson("api/studies/" + study + "/sites/" + site + "/activation", ""));
      }
    }
    return new Trial(study, admin, arms);
  }

  /** Today in SPINE CARE's time zone (America/Chicago), on the IT server's clock. */
  static LocalDate today() {
    return serverToday(ZoneId.of("America/Chicago"));
  }

  /** Today in IMPACt-LBP's time zone (America/New_York), on the IT server's clock. */
  static LocalDate impactToday() {
    return serverToday(ZoneId.of("America/New_York"));
  }

  /**
   * The IT server's clock starts at {@code it.clock.start} (PRAGMA_CLOCK_START), hours before any
   * clinic's midnight, so its day is known whenever and wherever the ITs run; without it, the machine's.
   */
  static LocalDate serverToday(ZoneId zone) {
    String start = System.getProperty("it.clock.start", "");
    return start.isBlank() ? LocalDate.now(zone) : LocalDate.ofInstant(Instant.parse(start.strip()), zone);
  }

  /** Answers of an eligible SPINE CARE patient with low back (or {@code location}) pain. */
  static String spineCareScreening(String location, boolean eligible) {
    LocalDate today = today();
    return "{\"screenedOn\":\"" + today + "\",\"sex\":\"FEMALE\",\"answers\":{"
        + "\"pain-location\":\"" + location + "\",\"pain-onset-date\":\"" + today.minusDays(10) + "\",\"birth-year\":"
        + (eligible ? 1975 : 2015) + ",\"spine-pain-present\":true,\"able-to-consent\":true,\"pregnant\":false,"
        + "\"disability-or-litigation\":false,\"other-trial\":false,\"active-cancer\":false,"
        + "\"recent-spine-therapy\":false,\"recent-spine-procedure\":false,\"severe-psychiatric\":false,\"red-flags\":false}}";
  }

  /** Answers of an eligible IMPACt-LBP patient. */
  static String impactScreening() {
    return "{\"screenedOn\":\"" + impactToday() + "\",\"sex\":\"MALE\",\"answers\":{\"birth-year\":1980,"
        + "\"visit-for-low-back-pain\":true,\"able-to-participate\":true,\"bowel-bladder-loss\":false,\"progressive-weakness\":false}}";
  }

  /** Screens a patient and returns the screening id. */
  static long screen(Http coordinator, String study, String site, String screeningJson) {
    HttpResponse<String> r = coordinator.postJson("api/studies/" + study + "/sites/" + site + "/screenings", screeningJson);
    expect(201, r);
    return Long.parseLong(r.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
  }

  /** Baseline of a SPINE CARE low-back patient: SBST all {@code sbst}, ODI all {@code odi}, NPRS 6. */
  static String spineCareBaseline(int sbst, int odi) {
    StringBuilder b = new StringBuilder("{\"SBST\":{");
    for (int i = 1; i <= 8; i++) {
      b.append("\"sbst").append(i).append("\":").append(sbst).append(',');
    }
    b.append("\"sbst9\":").append(sbst == 1 ? 5 : 1).append("},\"ODI\":{");
    for (int i = 1; i <= 10; i++) {
      b.append(i > 1 ? "," : "").append("\"odi").append(i).append("\":").append(odi);
    }
    return b.append("},\"NPRS\":{\"nprs1\":6}}").toString();
  }

  /** A SPINE CARE enrollment with written consent obtained today. */
  static String spineCareEnrollment(long screeningId, String mrn, String baseline) {
    return "{\"screeningId\":" + screeningId + ",\"consent\":{\"obtainedOn\":\"" + today() + "\",\"obtainedBy\":\"Dana Coordinator\","
        + "\"documentVersion\":\"ICF v2.1\"},\"identifiers\":" + identifiers(mrn) + ",\"baseline\":" + baseline + "}";
  }

  static String identifiers(String mrn) {
    return "{\"givenName\":\"Ada\",\"familyName\":\"Lovelace-" + mrn + "\",\"dateOfBirth\":\"1975-12-10\","
        + "\"medicalRecordNumber\":\"" + mrn + "\",\"phone\":\"+1 615 555 0100\",\"email\":\"ada@example.org\"}";
  }

  static String newMrn() {
    return "MRN" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
  }

  /** Saves a visit as a client does: with the version it has just read (a save names the version it edits). */
  static HttpResponse<String> saveVisit(Http http, String visitPath, String body) {
    String version = http.get(visitPath).body().replaceAll("(?s).*?\"version\":(\\d+).*", "$1");
    return http.putJson(visitPath, body.replaceFirst("^\\{", "{\"version\":" + version + ","));
  }

  static HttpResponse<String> expect(int status, HttpResponse<String> r) {
    if (r.statusCode() != status) {
      throw new IllegalStateException("expected " + status + " from " + r.uri() + " but got " + r.statusCode() + ": " + r.body());
    }
    return r;
  }
}
