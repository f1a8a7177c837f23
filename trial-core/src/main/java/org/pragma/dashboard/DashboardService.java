package org.pragma.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pragma.dashboard.Consort.ArmFlow;
import org.pragma.dashboard.Consort.VisitFlow;
import org.pragma.dashboard.Dashboard.ArmName;
import org.pragma.dashboard.Dashboard.FollowUpRow;
import org.pragma.dashboard.Dashboard.Reason;
import org.pragma.dashboard.Dashboard.SiteEnrollment;
import org.pragma.dashboard.DashboardFigures.Enrolled;
import org.pragma.dashboard.DashboardFigures.Screened;
import org.pragma.followup.ConsortOutcome;
import org.pragma.followup.FollowUpService;
import org.pragma.followup.VisitStatus.Completion;
import org.pragma.followup.SiteProgress;
import org.pragma.followup.StatusCompletion;
import org.pragma.protocol.Arm;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.StudyCalendar;
import org.pragma.protocol.StudyProtocol;
import org.pragma.protocol.Visit;
import org.pragma.security.Roles;
import org.pragma.site.Site;
import org.pragma.site.SiteService;
import org.pragma.site.SiteStatus;
import org.pragma.study.Study;
import org.pragma.study.StudyService;

/**
 * The dashboard of a study as of today at its clinics, for the sites the caller may see (a coordinator:
 * their own; an investigator: every site of their studies; admins, statisticians and data managers:
 * all). Every figure is a grouped count in the database, kept per site until the site's data changes
 * ({@link SiteFiguresCache}); follow-up uses the completion categories of {@link FollowUpService}, so the
 * dashboard and the follow-up pages cannot disagree.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
public class DashboardService {
  /** Enrolled "recently" means within this many days up to and including today. */
  public static final int RECENT_DAYS = 30;
  /** How many ineligibility reasons the funnel lists (the CONSORT counts list them all). */
  public static final int TOP_REASONS = 5;
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  @EJB StudyService studies;
  @EJB SiteService sites;
  @EJB ProtocolService protocols;
  @EJB FollowUpService followUp;
  @Inject DashboardFigures figures;
  @Inject SiteFiguresCache cache;
  @Inject StudyCalendar calendar;
  /** |standardized difference| past which the recruitment-bias monitor flags a baseline characteristic. */
  @Inject @org.eclipse.microprofile.config.inject.ConfigProperty(name = "pragma.dashboard.imbalance-threshold", defaultValue = "0.1")
  double threshold;

  public Dashboard dashboard(String studyCode, DashboardFilter filter) {
    Study study = studies.byCode(studyCode);
    StudyProtocol protocol = protocols.protocol(studyCode);
    LocalDate today = calendar.today(studyCode);
    check(protocol, filter);
    List<Site> visible = sites.of(studyCode);
    if (filter.site() != null) {
      sites.byCode(studyCode, filter.site());
    }
    Map<Long, String> arms = figures.armsOf(visible);
    List<Site> chosen = visible.stream()
        .filter(s -> filter.site() == null || s.code().equalsIgnoreCase(filter.site()))
        .filter(s -> filter.arm() == null || filter.arm().equals(arms.get(s.id())))
        .sorted(Comparator.comparing(Site::code, SiteProgress.CODE_ORDER))
        .toList();
    LocalDate from = filter.from() != null ? filter.from() : EARLIEST;
    LocalDate to = filter.to() != null ? filter.to() : LATEST;
    String baselineVisit = protocol.arms().stream().flatMap(a -> a.schedule().visits().stream())
        .filter(v -> v.targetDay() == 0).map(Visit::code).findFirst().orElse("baseline");
    Optional<String> instrument = protocol.outcomes().stream().filter(o -> "primary".equals(o.kind()))
        .flatMap(o -> o.instrument().stream()).findFirst();
    SiteFiguresCache.Window window = new SiteFiguresCache.Window(from, to, today, instrument.orElse(null), baselineVisit);
    Map<Long, Site> byId = new HashMap<>();
    chosen.forEach(s -> byId.put(s.id(), s));
    Map<Long, Long> changes = figures.changes(chosen);
    Map<Long, SiteFigures> bySite = cache.figures(chosen.stream().map(Site::id).toList(), changes, window,
        ids -> count(study, ids.stream().map(byId::get).toList(), window));
    LocalDate recentFrom = today.minusDays(RECENT_DAYS - 1L);
    Map<Long, Screened> screened = new HashMap<>();
    Map<Long, Enrolled> enrolled = new HashMap<>();
    Map<String, Long> failed = new LinkedHashMap<>();
    bySite.forEach((id, f) -> {
      screened.put(id, f.screenings().screened());
      enrolled.put(id, f.enrolled(recentFrom));
      f.screenings().failedCriteria().forEach((set, n) -> failed.merge(set, n, Long::sum));
    });
    List<Reason> reasons = reasons(failed);
    List<StatusCompletion> completion = chosen.stream().flatMap(s -> bySite.get(s.id()).completion().stream()).toList();
    Planned planned = new Planned(protocol, today);

    List<SiteEnrollment> rows = chosen.stream().map(s -> siteRow(s, arms.get(s.id()), protocol, planned,
        screened.getOrDefault(s.id(), Screened.NONE), enrolled.getOrDefault(s.id(), Enrolled.NONE), filter.from())).toList();
    Dashboard.Funnel funnel = funnel(chosen, screened, reasons);
    List<DashboardFigures.Daily> daily = daily(bySite.values());
    long enrolledAll = rows.stream().mapToLong(SiteEnrollment::enrolled).sum();
    int target = filter.site() == null && filter.arm() == null ? protocol.enrollment().total()
        : rows.stream().map(SiteEnrollment::target).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).sum();
    List<Long> clusterSizes = rows.stream().filter(r -> r.arm() != null).map(SiteEnrollment::enrolled).toList();
    int armsRandomized = (int) rows.stream().map(SiteEnrollment::arm).filter(java.util.Objects::nonNull).distinct().count();
    return new Dashboard(study.code(), study.title(), today, filter,
        protocol.arms().stream().map(a -> new ArmName(a.code(), a.name())).toList(), rows,
        EnrollmentCurve.of(daily, chosen, planned, from, filter.to(), today),
        funnel, followUpByArm(protocol, completion), followUpBySite(protocol, chosen, completion),
        consort(protocol, chosen, arms, rows, funnel, reasons, completion),
        ClusterDesign.of(protocol.design(), clusterSizes, armsRandomized, protocol.arms().size(),
            protocol.enrollment().total()),
        recruitment(protocol, rows, chosen, today, bySite.values(), instrument),
        Projection.of(daily, enrolledAll, target, today), quality(chosen, bySite, completion));
  }

  /** Counts the figures of these sites in the database, one grouped query per table family for all of them. */
  private Map<Long, SiteFigures> count(Study study, List<Site> sites, SiteFiguresCache.Window w) {
    Map<Long, DashboardFigures.Screenings> screenings = figures.screenings(sites, w.from(), w.to());
    Map<Long, DashboardFigures.Patients> patients = figures.patients(study, sites, w.from(), w.to());
    Map<Long, DashboardFigures.Visits> visits = figures.visits(study, sites, w.from(), w.to(), w.instrument(), w.baselineVisit());
    Map<Long, List<DashboardFigures.BaselineGroup>> baseline = figures.baseline(study, sites, w.from(), w.to());
    Map<Long, DashboardFigures.Queries> queries = figures.queries(study, sites, w.from(), w.to());
    Map<String, List<StatusCompletion>> completion = new HashMap<>();
    followUp.completionByStatus(study.code(), sites, w.from(), w.to())
        .forEach(c -> completion.computeIfAbsent(c.site(), k -> new ArrayList<>()).add(c));
    Map<Long, SiteFigures> bySite = new HashMap<>();
    for (Site s : sites) {
      bySite.put(s.id(), new SiteFigures(screenings.getOrDefault(s.id(), DashboardFigures.Screenings.NONE),
          patients.getOrDefault(s.id(), DashboardFigures.Patients.NONE), visits.getOrDefault(s.id(), DashboardFigures.Visits.NONE),
          baseline.getOrDefault(s.id(), List.of()), completion.getOrDefault(s.code(), List.of()),
          queries.getOrDefault(s.id(), DashboardFigures.Queries.NONE)));
    }
    return bySite;
  }

  /** Enrollment per day and arm over the sites, by day then arm. */
  private static List<DashboardFigures.Daily> daily(java.util.Collection<SiteFigures> sites) {
    Map<LocalDate, Map<String, Long>> byDay = new java.util.TreeMap<>();
    sites.forEach(f -> f.patients().daily().forEach(d -> byDay.computeIfAbsent(d.day(), k -> new java.util.TreeMap<>())
        .merge(d.arm(), d.enrolled(), Long::sum)));
    List<DashboardFigures.Daily> daily = new ArrayList<>();
    byDay.forEach((day, arms) -> arms.forEach((arm, n) -> daily.add(new DashboardFigures.Daily(day, arm, n))));
    return daily;
  }

  private Recruitment recruitment(StudyProtocol protocol, List<SiteEnrollment> rows, List<Site> chosen, LocalDate today,
      java.util.Collection<SiteFigures> sites, Optional<String> instrument) {
    Map<String, DashboardFigures.Moments> scores = new HashMap<>();
    sites.forEach(f -> f.visits().baselineScores().forEach((arm, m) -> scores.merge(arm, m, DashboardFigures.Moments::plus)));
    Map<List<String>, DashboardFigures.BaselineGroup> groups = new LinkedHashMap<>();
    sites.forEach(f -> f.baseline().forEach(g -> groups.merge(Arrays.asList(g.arm(), g.sex(), g.painLocation(), g.riskGroup()), g,
        (a, b) -> new DashboardFigures.BaselineGroup(a.arm(), a.sex(), a.painLocation(), a.riskGroup(), a.patients() + b.patients(),
            a.ages().plus(b.ages())))));
    return RecruitmentMonitor.of(protocol, threshold, rows, chosen, today, new ArrayList<>(groups.values()), scores,
        instrument.map(i -> "Baseline " + i + " score").orElse(null));
  }

  private static List<Dashboard.SiteQuality> quality(List<Site> chosen, Map<Long, SiteFigures> bySite,
      List<StatusCompletion> completion) {
    return chosen.stream().map(s -> {
      DashboardFigures.Quality q = bySite.get(s.id()).quality();
      long outOfWindow = completion.stream().filter(c -> c.site().equals(s.code())).mapToLong(StatusCompletion::completedOutOfWindow).sum();
      return new Dashboard.SiteQuality(s.code(), s.name(), q.missingItems(), outOfWindow, q.incompleteVisits(), q.unreachable(),
          q.queries().open(), q.queries().answered());
    }).toList();
  }

  private static void check(StudyProtocol protocol, DashboardFilter filter) {
    if (filter.arm() != null && protocol.arm(filter.arm()).isEmpty()) {
      throw new InvalidFilterException("arm", "The study has no arm " + filter.arm() + ".");
    }
    if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
      throw new InvalidFilterException("to", "The end of the date range is before its start.");
    }
  }

  /** The protocol's planned enrollment: the per-site target and the period over which a site reaches it. */
  record Planned(Optional<Integer> perSite, Optional<Integer> months, LocalDate today) {
    Planned(StudyProtocol protocol, LocalDate today) {
      this(protocol.enrollment().perSite(), protocol.enrollment().months(), today);
    }

    /** Patients a site activated on {@code activated} with this target is expected to have enrolled by the end of {@code day}. */
    double expected(int target, LocalDate activated, LocalDate day) {
      if (months.isEmpty() || day.isBefore(activated)) {
        return 0;
      }
      double periodDays = months.get() * 365.25 / 12;
      return target * Math.min(1.0, (ChronoUnit.DAYS.between(activated, day) + 1) / periodDays);
    }
  }

  private static SiteEnrollment siteRow(Site s, String arm, StudyProtocol protocol, Planned planned, Screened screened,
      Enrolled enrolled, LocalDate from) {
    Integer target = s.enrollmentTarget().or(planned::perSite).orElse(null);
    Long expected = null;
    if (target != null && planned.months().isPresent() && s.activatedOn().isPresent() && s.status() != SiteStatus.PLANNED) {
      LocalDate start = s.activatedOn().get();
      double before = from == null ? 0 : planned.expected(target, start, from.minusDays(1));
      expected = (long) Math.floor(planned.expected(target, start, planned.today()) - before);
    }
    boolean behind = expected != null && s.status() == SiteStatus.ACTIVE && enrolled.enrolled() < expected;
    Double percent = target == null || target == 0 ? null : Math.round(1000.0 * enrolled.enrolled() / target) / 10.0;
    Long since = enrolled.last() == null ? null : ChronoUnit.DAYS.between(enrolled.last(), planned.today());
    return new SiteEnrollment(s.code(), s.name(), s.status(), arm,
        arm == null ? null : protocol.arm(arm).map(Arm::name).orElse(arm), screened.screened(), screened.eligible(),
        screened.eligible() - screened.eligibleNotEnrolled(), enrolled.enrolled(), target, percent, enrolled.recent(),
        since, expected, behind);
  }

  private static Dashboard.Funnel funnel(List<Site> chosen, Map<Long, Screened> screened, List<Reason> reasons) {
    long all = 0;
    long eligible = 0;
    long notEnrolled = 0;
    long declined = 0;
    long other = 0;
    for (Site s : chosen) {
      Screened n = screened.getOrDefault(s.id(), Screened.NONE);
      all += n.screened();
      eligible += n.eligible();
      notEnrolled += n.eligibleNotEnrolled();
      declined += n.declined();
      other += n.otherReason();
    }
    return new Dashboard.Funnel(all, eligible, eligible - notEnrolled, eligible - notEnrolled, notEnrolled,
        reasons.stream().limit(TOP_REASONS).toList(), declined, other, notEnrolled - declined - other);
  }

  /** Patients per failed criterion, most first (then by code), from the counts per distinct set of failures. */
  private static List<Reason> reasons(Map<String, Long> bySet) {
    Map<String, Reason> byCode = new LinkedHashMap<>();
    bySet.forEach((json, n) -> {
      for (FailedCriteria.Failed f : FailedCriteria.read(json)) {
        byCode.merge(f.code(), new Reason(f.code(), f.reason(), n), (a, b) -> new Reason(a.code(), a.reason(), a.patients() + b.patients()));
      }
    });
    return byCode.values().stream()
        .sorted(Comparator.comparingLong(Reason::patients).reversed().thenComparing(Reason::code)).toList();
  }

  private static List<FollowUpRow> followUpByArm(StudyProtocol protocol, List<StatusCompletion> completion) {
    List<FollowUpRow> rows = new ArrayList<>();
    for (Arm arm : protocol.arms()) {
      for (Visit v : arm.schedule().visits()) {
        List<StatusCompletion> cells = completion.stream()
            .filter(c -> c.arm().equals(arm.code()) && c.visit().equals(v.code())).toList();
        if (!cells.isEmpty()) {
          rows.add(row(v, arm.code(), arm.name(), cells));
        }
      }
    }
    return rows;
  }

  private static List<FollowUpRow> followUpBySite(StudyProtocol protocol, List<Site> chosen, List<StatusCompletion> completion) {
    List<FollowUpRow> rows = new ArrayList<>();
    for (Visit v : visitsInOrder(protocol)) {
      for (Site s : chosen) {
        List<StatusCompletion> cells = completion.stream()
            .filter(c -> c.site().equals(s.code()) && c.visit().equals(v.code())).toList();
        if (!cells.isEmpty()) {
          rows.add(row(v, s.code(), s.code() + " · " + s.name(), cells));
        }
      }
    }
    return rows;
  }

  /** Every visit code of the study's arms once, in schedule order (by target day, then first arm). */
  private static List<Visit> visitsInOrder(StudyProtocol protocol) {
    Map<String, Visit> byCode = new LinkedHashMap<>();
    protocol.arms().forEach(a -> a.schedule().visits().forEach(v -> byCode.putIfAbsent(v.code(), v)));
    return byCode.values().stream().sorted(Comparator.comparingInt(Visit::targetDay)).toList();
  }

  private static FollowUpRow row(Visit v, String group, String groupName, List<StatusCompletion> cells) {
    return new FollowUpRow(v.code(), v.name(), group, groupName,
        cells.stream().mapToLong(StatusCompletion::completedInWindow).sum(),
        cells.stream().mapToLong(StatusCompletion::completedOutOfWindow).sum(),
        cells.stream().mapToLong(StatusCompletion::missed).sum(), cells.stream().mapToLong(StatusCompletion::pending).sum(),
        cells.stream().mapToLong(StatusCompletion::cancelled).sum(), cells.stream().mapToLong(StatusCompletion::overdue).sum());
  }

  private static Consort consort(StudyProtocol protocol, List<Site> chosen, Map<Long, String> arms, List<SiteEnrollment> rows,
      Dashboard.Funnel funnel, List<Reason> reasons, List<StatusCompletion> completion) {
    String analysisVisit = protocol.outcomes().stream().filter(o -> "primary".equals(o.kind())).findFirst()
        .map(org.pragma.protocol.Outcome::visit).orElse(null);
    Map<String, SiteEnrollment> bySite = new HashMap<>();
    rows.forEach(r -> bySite.put(r.site(), r));
    List<ArmFlow> flows = new ArrayList<>();
    for (Arm arm : protocol.arms()) {
      List<Site> randomized = chosen.stream().filter(s -> arm.code().equals(arms.get(s.id()))).toList();
      List<SiteEnrollment> armRows = randomized.stream().map(s -> bySite.get(s.code())).toList();
      long enrolled = armRows.stream().mapToLong(SiteEnrollment::enrolled).sum();
      List<VisitFlow> visits = arm.schedule().visits().stream()
          .map(v -> visitFlow(v, completion.stream().filter(c -> c.arm().equals(arm.code()) && c.visit().equals(v.code())).toList()))
          .toList();
      List<StatusCompletion> analysed = completion.stream()
          .filter(c -> c.arm().equals(arm.code()) && c.visit().equals(analysisVisit) && c.completed() > 0).toList();
      flows.add(new ArmFlow(arm.code(), arm.name(), randomized.size(),
          randomized.stream().filter(s -> s.status() == SiteStatus.CLOSED).count(),
          armRows.stream().mapToLong(SiteEnrollment::screened).sum(), armRows.stream().mapToLong(SiteEnrollment::eligible).sum(),
          enrolled, randomized.isEmpty() ? 0 : Math.round(10.0 * enrolled / randomized.size()) / 10.0,
          armRows.stream().mapToLong(SiteEnrollment::enrolled).min().orElse(0),
          armRows.stream().mapToLong(SiteEnrollment::enrolled).max().orElse(0),
          visits, analysed.stream().mapToLong(StatusCompletion::completed).sum(),
          analysed.stream().map(StatusCompletion::site).distinct().count()));
    }
    return new Consort(chosen.size(), chosen.stream().filter(s -> !arms.containsKey(s.id())).count(), funnel.screened(),
        funnel.eligible(), funnel.screened() - funnel.eligible(), reasons, funnel.eligibleNotEnrolled(), analysisVisit, flows,
        funnel.declined(), funnel.otherReasons(), funnel.notYetDecided());
  }

  /** The visit's CONSORT counts: each completion category of each patient status where {@link ConsortOutcome#of} puts it. */
  private static VisitFlow visitFlow(Visit v, List<StatusCompletion> cells) {
    Map<ConsortOutcome, Long> n = new java.util.EnumMap<>(ConsortOutcome.class);
    for (StatusCompletion c : cells) {
      n.merge(ConsortOutcome.of(Completion.COMPLETED_IN_WINDOW, c.patientStatus()), c.completedInWindow(), Long::sum);
      n.merge(ConsortOutcome.of(Completion.COMPLETED_OUT_OF_WINDOW, c.patientStatus()), c.completedOutOfWindow(), Long::sum);
      n.merge(ConsortOutcome.of(Completion.MISSED, c.patientStatus()), c.missed(), Long::sum);
      n.merge(ConsortOutcome.of(Completion.PENDING, c.patientStatus()), c.pending(), Long::sum);
      n.merge(ConsortOutcome.of(Completion.CANCELLED, c.patientStatus()), c.cancelled(), Long::sum);
    }
    return new VisitFlow(v.code(), v.name(), n.getOrDefault(ConsortOutcome.COMPLETED, 0L), n.getOrDefault(ConsortOutcome.MISSED, 0L),
        n.getOrDefault(ConsortOutcome.WITHDRAWN, 0L), n.getOrDefault(ConsortOutcome.DIED, 0L), n.getOrDefault(ConsortOutcome.LOST, 0L),
        n.getOrDefault(ConsortOutcome.PENDING, 0L));
  }
}
