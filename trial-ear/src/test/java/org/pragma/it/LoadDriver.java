package org.pragma.it;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The daily work of a busy trial over REST, as load: {@code clients} coordinators' clients spread over
 * {@code sites} clinics (six per SPINE CARE study) screen, enroll and enter the month-3 outcome for
 * {@code seconds}, while a data manager exports the patients dataset again and again and an
 * investigator reloads the dashboard. It reports throughput, latency percentiles and errors, then
 * checks the database: each acknowledged enrollment exists once and is complete (identifiers and
 * visits), study IDs are gap-free per clinic, nothing is left half written, and the audit chain
 * verifies. Used by {@code bench/load.sh} (60 s, 50 clients, 30 sites on PostgreSQL) and by the
 * 10-second check in {@link ConcurrentEnrollmentIT}.
 */
final class LoadDriver {
  private static final Pattern STUDY_ID = Pattern.compile("\"studyId\":\"([^\"]+)\"");
  private static final int SITES_PER_STUDY = 6;

  /** A clinic of one of the load's studies. */
  record Site(String study, String code) {}

  /** An enrollment the server acknowledged with 201. */
  record Enrolled(Site site, String studyId) {}

  private final URL base;
  private final List<URL> servers;
  private final int clients;
  private final int siteCount;
  private final Duration duration;
  private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Enrolled> enrolled = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
  private final AtomicLong errorCount = new AtomicLong();
  private final List<Site> sites = new ArrayList<>();
  private final List<String> studies = new ArrayList<>();
  private double seconds;

  LoadDriver(URL base, int clients, int sites, Duration duration) {
    this(List.of(base), clients, sites, duration);
  }

  /**
   * The load spread over several servers of one deployment (the first sets up the studies and users):
   * the first {@code sites} clients work through the first server, the next through the second and so
   * on, so each clinic is worked through every server at once.
   */
  LoadDriver(List<URL> servers, int clients, int sites, Duration duration) {
    this.servers = List.copyOf(servers);
    this.base = servers.get(0);
    this.clients = clients;
    this.siteCount = sites;
    this.duration = duration;
  }

  /** Sets up the studies and users, then runs the load; returns the report. */
  Report run() throws Exception {
    return run(() -> {});
  }

  /** As {@link #run()}, with {@code during} run on its own thread once the load has started (a crash, say). */
  Report run(Runnable during) throws Exception {
    List<Http> coordinators = setUp();
    Http dataManager = ItUsers.create(base, "DATA_MANAGER").http();
    Http investigator = ItUsers.create(base, "INVESTIGATOR", studies.get(0) + "/S1").http();
    long end = System.nanoTime() + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients + 3);
    long start = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        Site site = sites.get(i % sites.size());
        Http coordinator = coordinators.get(studies.indexOf(site.study())).on(servers.get((i / sites.size()) % servers.size()));
        done.add(pool.submit(() -> coordinate(coordinator, site, end)));
      }
      done.add(pool.submit(() -> export(dataManager, end)));
      done.add(pool.submit(() -> reloadDashboard(investigator.on(servers.get(servers.size() - 1)), end)));
      done.add(pool.submit(during));
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    seconds = (System.nanoTime() - start) / 1e9;
    return report();
  }

  /** Studies of six clinics each until there are enough clinics; one coordinator per study for all its clinics. */
  private List<Http> setUp() {
    List<Http> coordinators = new ArrayList<>();
    while (sites.size() < siteCount) {
      Trials.Trial trial = Trials.spineCare(base);
      studies.add(trial.study());
      List<String> codes = new ArrayList<>();
      for (int i = 1; i <= SITES_PER_STUDY && sites.size() < siteCount; i++) {
        sites.add(new Site(trial.study(), "S" + i));
        codes.add(trial.study() + "/S" + i);
      }
      coordinators.add(ItUsers.create(base, "COORDINATOR", codes.toArray(String[]::new)).http());
    }
    return coordinators;
  }

  private void coordinate(Http http, Site site, long end) {
    String sitePath = "api/studies/" + site.study() + "/sites/" + site.code();
    while (System.nanoTime() < end) {
      HttpResponse<String> screened = timed("screen", 201,
          () -> http.postJson(sitePath + "/screenings", Trials.spineCareScreening("low-back", true)));
      if (screened == null) {
        pause(100);
        continue;
      }
      long screening = Long.parseLong(screened.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
      HttpResponse<String> enrollment = timed("enroll", 201, () -> http.postJson(sitePath + "/patients",
          Trials.spineCareEnrollment(screening, Trials.newMrn(), Trials.spineCareBaseline(screening % 2 == 0 ? 0 : 1, 2))));
      if (enrollment == null) {
        pause(100);
        continue;
      }
      Matcher id = STUDY_ID.matcher(enrollment.body());
      if (!id.find()) {
        error("enroll", "201 without a study ID: " + enrollment.body());
        continue;
      }
      enrolled.add(new Enrolled(site, id.group(1)));
      String visit = "api/studies/" + site.study() + "/patients/" + id.group(1) + "/visits/month-3";
      HttpResponse<String> read = timed("outcome-read", 200, () -> http.get(visit));
      if (read != null) {
        String version = read.body().replaceAll("(?s).*?\"version\":(\\d+).*", "$1");
        timed("outcome-save", 200, () -> http.putJson(visit, "{\"version\":" + version + ",\"visitOn\":\"" + Trials.today()
            + "\",\"instruments\":{\"NPRS\":{\"nprs1\":" + (screening % 11) + "}}}"));
      }
    }
  }

  private void export(Http http, long end) {
    String exports = "api/studies/" + studies.get(0) + "/exports";
    while (System.nanoTime() < end) {
      long t = System.nanoTime();
      HttpResponse<String> started = timed("export-start", 202, () -> http.postJson(exports, "{\"datasets\":[\"patients\"],\"formats\":[\"csv\"]}"));
      if (started == null) {
        pause(500);
        continue;
      }
      String location = started.headers().firstValue("Location").orElseThrow();
      String job = location.substring(location.indexOf("api/studies/"));
      while (true) {
        HttpResponse<String> polled = timed("export-poll", 200, () -> http.get(job));
        String body = polled == null ? "" : polled.body();
        if (body.contains("\"status\":\"DONE\"")) {
          record("export-done", (System.nanoTime() - t) / 1_000_000);
          break;
        } else if (body.contains("\"status\":\"FAILED\"") || polled == null || System.nanoTime() > end + Duration.ofSeconds(60).toNanos()) {
          error("export", body);
          break;
        }
        pause(200);
      }
    }
  }

  private void reloadDashboard(Http http, long end) {
    while (System.nanoTime() < end) {
      timed("dashboard", 200, () -> http.get("api/studies/" + studies.get(0) + "/dashboard"));
      pause(250);
    }
  }

  private interface Call {
    HttpResponse<String> send();
  }

  /** Sends and times one request; returns the response when it had the expected status, else counts an error. */
  private HttpResponse<String> timed(String operation, int expected, Call call) {
    long t = System.nanoTime();
    HttpResponse<String> r;
    try {
      r = call.send();
    } catch (RuntimeException e) {
      error(operation, e.getMessage());
      return null;
    }
    record(operation, (System.nanoTime() - t) / 1_000_000);
    if (r.statusCode() != expected) {
      error(operation, r.statusCode() + " " + r.body());
      return null;
    }
    return r;
  }

  private void record(String operation, long millis) {
    latencies.computeIfAbsent(operation, k -> Collections.synchronizedList(new ArrayList<>())).add(millis);
  }

  private void error(String operation, String what) {
    if (errorCount.incrementAndGet() <= 20) {
      errors.add(operation + ": " + what);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Report report() {
    Map<String, long[]> sorted = new TreeMap<>();
    latencies.forEach((op, list) -> {
      long[] values;
      synchronized (list) {
        values = list.stream().mapToLong(Long::longValue).toArray();
      }
      Arrays.sort(values);
      sorted.put(op, values);
    });
    return new Report(clients, sites.size(), seconds, List.copyOf(enrolled), sorted, errorCount.get(), List.copyOf(errors));
  }

  /** What the load did and how fast. */
  record Report(int clients, int sites, double seconds, List<Enrolled> enrolled, Map<String, long[]> latencies, long errors,
      List<String> firstErrors) {
    double enrollmentsPerSecond() {
      return enrolled.size() / seconds;
    }

    long percentile(String operation, int p) {
      long[] v = latencies.getOrDefault(operation, new long[] {0});
      return v.length == 0 ? 0 : v[Math.max(0, Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1))];
    }

    String text() {
      StringBuilder b = new StringBuilder(String.format(
          "Load: %d clients, %d sites, %.1f s: %d enrollments = %.1f enrollments/s, %d errors%n", clients, sites, seconds,
          enrolled.size(), enrollmentsPerSecond(), errors));
      latencies.forEach((op, v) -> b.append(String.format("  %-13s %6d requests %7.1f/s  p50 %5d ms  p95 %5d ms  p99 %5d ms  max %5d ms%n",
          op, v.length, v.length / seconds, percentile(op, 50), percentile(op, 95), percentile(op, 99), v.length == 0 ? 0 : v[v.length - 1])));
      firstErrors.forEach(e -> b.append("  error: ").append(e.length() > 300 ? e.substring(0, 300) : e).append('\n'));
      return b.toString();
    }
  }

  /**
   * The database after the load, read directly: returns the problems found (empty when sound).
   * Each acknowledged enrollment exists exactly once with its identifiers and visits, every clinic's
   * sequence numbers are 1..n, no audit entry is left unsealed once verification has sealed the
   * trail, and the audit chain verifies from its first record.
   */
  List<String> verifyDatabase(String url, String user, String password, Http admin) throws SQLException {
    List<String> problems = new ArrayList<>();
    // Page by page from the first record (a page holds at most 200,000 records) until the end.
    long from = 0;
    while (true) {
      HttpResponse<String> chain = admin.get("api/audit/verification?from=" + from);
      java.util.regex.Matcher upTo = java.util.regex.Pattern.compile("\"verifiedUpTo\":(\\d+)").matcher(chain.body());
      if (chain.statusCode() != 200 || !chain.body().contains("\"intact\":true") || !upTo.find()) {
        problems.add("audit chain: " + chain.statusCode() + " " + chain.body());
        break;
      }
      if (chain.body().contains("\"complete\":true")) {
        break;
      }
      from = Long.parseLong(upTo.group(1));
    }
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      for (Enrolled e : enrolled) {
        long n = count(c, "select count(*) from patient p join study s on s.id = p.study_id where s.code = ? and p.study_patient_id = ?",
            e.site().study(), e.studyId());
        if (n != 1) {
          problems.add(e.studyId() + " acknowledged but stored " + n + " times");
        }
      }
      for (String study : studies) {
        String patients = "from patient p join study s on s.id = p.study_id where s.code = ?";
        check(problems, c, "patients without identifiers", "select count(*) " + patients
            + " and not exists (select 1 from patient_identifier i where i.patient_id = p.id)", study);
        check(problems, c, "patients without visits", "select count(*) " + patients
            + " and not exists (select 1 from patient_visit v where v.patient_id = p.id)", study);
        check(problems, c, "clinics whose study IDs have a gap", "select count(*) from (select p.site_id " + patients
            + " group by p.site_id having max(p.sequence_no) <> count(*) or min(p.sequence_no) <> 1) gaps", study);
      }
      long unsealed = count(c, "select count(*) from audit_pending");
      if (unsealed != 0) {
        problems.add(unsealed + " audit entries still unsealed after the verification sealed the trail");
      }
    }
    return problems;
  }

  private static void check(List<String> problems, Connection c, String what, String sql, String parameter) throws SQLException {
    long n = count(c, sql, parameter);
    if (n != 0) {
      problems.add(n + " " + what + " in " + parameter);
    }
  }

  private static long count(Connection c, String sql, String... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setString(i + 1, parameters[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
