package org.pragma.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.StudyCalendar;
import org.pragma.screening.ScreeningService;
import org.pragma.security.Roles;
import org.pragma.site.NewSite;
import org.pragma.site.Site;
import org.pragma.site.SiteService;
import org.pragma.site.SiteStatus;
import org.pragma.study.StudyService;

/**
 * Fills a SPINE-CARE-like study with the demo trial's synthetic screening log through the real
 * services: activates its clinics and screens the patients of {@link DemoPlan} at them, eligible or
 * not, each screening in its own transaction (as a coordinator's would be). Screening dates go back
 * as far as the screening service accepts (a year before the study was registered), at most two years.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoTrial {
  private static final Logger LOG = Logger.getLogger(DemoTrial.class.getName());

  @EJB SiteService sites;
  @EJB ScreeningService screenings;
  @EJB StudyService studies;
  @EJB ProtocolService protocols;
  @Inject StudyCalendar calendar;

  /**
   * Registers {@code count} invented clinics (codes S01, S02, ...) with plausible covariates, from a
   * seed fixed per study, when the study has no sites yet; says whether it did.
   */
  public boolean clinics(String study, int count, List<String> systems, String volume, boolean clinicType) {
    if (!sites.of(study).isEmpty()) {
      return false;
    }
    Random random = new Random(study.hashCode());
    for (int i = 1; i <= count; i++) {
      String system = systems.get(i % systems.size());
      String visits = String.valueOf(200 + random.nextInt(900));
      Map<String, String> covariates = clinicType
          ? Map.of("health-system", system, volume, visits, "clinic-type", random.nextBoolean() ? "family-medicine" : "internal-medicine")
          : Map.of("health-system", system, volume, visits);
      String code = String.format("S%02d", i);
      sites.register(study, new NewSite(code, "Demo clinic " + code + " (synthetic)", system, null, null, 90, covariates));
    }
    LOG.info(() -> "Registered " + count + " synthetic demo clinics for " + study);
    return true;
  }

  /** What a load did. */
  public record Loaded(int sites, int screened, int eligible, LocalDate from, LocalDate to, long millis) {}

  /**
   * Screens {@code patients} eligible patients (and the ineligible ones around them) at the study's
   * first {@code siteCount} registered clinics, deterministically from {@code seed}.
   */
  public Loaded screen(String studyCode, long seed, int siteCount, int patients) {
    long start = System.nanoTime();
    List<Site> clinics = sites.of(studyCode).stream().limit(siteCount).toList();
    if (clinics.isEmpty()) {
      throw new IllegalStateException("Study " + studyCode + " has no clinics for the demo trial");
    }
    for (Site clinic : clinics) {
      if (clinic.status() != SiteStatus.ACTIVE) {
        sites.activate(studyCode, clinic.code());
      }
    }
    LocalDate today = calendar.today(studyCode);
    ZoneId zone = protocols.protocol(studyCode).timeZone();
    LocalDate earliest = LocalDate.ofInstant(studies.byCode(studyCode).createdAt(), zone).minusYears(1);
    int days = (int) Math.max(1, Math.min(DemoPlan.TWO_YEARS, ChronoUnit.DAYS.between(earliest, today) + 1));
    List<DemoPlan.PlannedScreening> plan = DemoPlan.screenings(seed, clinics.size(), patients, today, days);
    int eligible = 0;
    for (DemoPlan.PlannedScreening p : plan) {
      if (screenings.screen(studyCode, clinics.get(p.site()).code(), p.screening()).eligible()) {
        eligible++;
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    Loaded loaded = new Loaded(clinics.size(), plan.size(), eligible, today.minusDays(days - 1L), today, millis);
    LOG.info(() -> "Demo trial " + studyCode + ": screened " + loaded.screened() + " synthetic patients (" + loaded.eligible()
        + " eligible) at " + loaded.sites() + " clinics from " + loaded.from() + " to " + loaded.to() + " in " + millis + " ms");
    return loaded;
  }
}
