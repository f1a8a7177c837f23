package org.pragma.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pragma.protocol.StudyCalendar;
import org.pragma.security.Roles;

/**
 * Keeps every study's whole-study dashboard counted ahead of its readers: shortly after the server
 * starts, after midnight at the study's clinics (the follow-up figures depend on today) and after
 * writes, each study whose data or day changed since the last round is counted again in the
 * background. The cache still checks each clinic's change number at every request, so this only moves
 * the counting off the investigator's request; it never makes a figure stale. Each server warms its
 * own cache. {@code pragma.dashboard.warm-seconds} (60 by default) sets the period; 0 turns it off.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "ProtocolService"})
@RunAs(Roles.ADMIN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DashboardWarmer {
  private static final Logger LOG = Logger.getLogger(DashboardWarmer.class.getName());
  /** The first round waits this long after start, so that deployment finishes first. */
  static final long FIRST_DELAY_SECONDS = 5;
  /** A round that takes this long is logged (an operator sees what the dashboard would have cost a reader). */
  private static final long SLOW_MS = 1_000;

  @Resource private SessionContext context;
  @Resource private ManagedScheduledExecutorService scheduler;
  @EJB DashboardService dashboards;
  @Inject DashboardFigures figures;
  @Inject StudyCalendar calendar;
  @Inject @ConfigProperty(name = "pragma.dashboard.warm-seconds", defaultValue = "60")
  long periodSeconds;
  private final Rounds rounds = new Rounds();
  private ScheduledFuture<?> task;
  /** Set when the application stops: a round under way ends after the study it is counting. */
  private volatile boolean stopping;

  @PostConstruct
  void start() {
    if (periodSeconds <= 0) {
      return;
    }
    DashboardWarmer self = context.getBusinessObject(DashboardWarmer.class);
    task = scheduler.scheduleWithFixedDelay(() -> {
      try {
        self.warm();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Counting the dashboards ahead failed; they are counted at the next request", e);
      }
    }, FIRST_DELAY_SECONDS, periodSeconds, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    stopping = true;
    if (task != null) {
      task.cancel(false);
    }
  }

  /** One round: counts the dashboards of the studies written to, or past midnight, since the last round. */
  public void warm() {
    long started = System.nanoTime();
    int counted = rounds.next(figures.changesByStudy(), calendar::today, code -> dashboards.dashboard(code, DashboardFilter.ALL),
        () -> !stopping);
    long ms = (System.nanoTime() - started) / 1_000_000;
    if (counted > 0) {
      LOG.log(ms >= SLOW_MS ? Level.INFO : Level.FINE, () -> "Dashboards of " + counted + " studies counted ahead in " + ms + " ms");
    }
  }

  /**
   * Which studies a round counts: those never counted, written to (their change total moved) or
   * whose day at the clinics changed since they were last counted. A study that fails (a protocol
   * missing, say) is not retried until its data or day changes, and does not stop the others.
   */
  static final class Rounds {
    private record Counted(long changes, LocalDate day) {}

    private final Map<String, Counted> last = new HashMap<>();

    /**
     * Counts what needs it with {@code count} while {@code going} holds (checked before each study);
     * returns how many studies it counted.
     */
    synchronized int next(Map<String, Long> changesByStudy, Function<String, LocalDate> today, Consumer<String> count,
        BooleanSupplier going) {
      int counted = 0;
      last.keySet().retainAll(changesByStudy.keySet());
      for (Map.Entry<String, Long> study : changesByStudy.entrySet()) {
        if (!going.getAsBoolean()) {
          break;
        }
        Counted now = new Counted(study.getValue(), today.apply(study.getKey()));
        if (now.equals(last.get(study.getKey()))) {
          continue;
        }
        last.put(study.getKey(), now);
        try {
          count.accept(study.getKey());
          counted++;
        } catch (RuntimeException e) {
          LOG.log(Level.FINE, e, () -> "The dashboard of " + study.getKey() + " could not be counted ahead");
        }
      }
      return counted;
    }
  }
}
