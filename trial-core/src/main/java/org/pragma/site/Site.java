package org.pragma.site;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pragma.audit.Changes;
import org.pragma.study.Study;

/** A clinic in a study: the unit of randomization. Its code is unique within the study and never changes. */
@Entity
@Table(name = "site")
public class Site {
  @Id
  @SequenceGenerator(name = "site_seq", sequenceName = "site_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "site_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "study_id", updatable = false)
  private Study study;

  @Column(nullable = false, updatable = false, length = 20)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "health_system", length = 200)
  private String healthSystem;

  @Column(length = 200)
  private String location;

  @Column(length = 100)
  private String stratum;

  @Column(name = "enrollment_target")
  private Integer enrollmentTarget;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SiteStatus status;

  @Column(name = "activated_on")
  private LocalDate activatedOn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "site_covariate", joinColumns = @JoinColumn(name = "site_id"))
  @MapKeyColumn(name = "code", length = 60)
  @Column(name = "val", nullable = false, length = 200)
  private Map<String, String> covariates = new TreeMap<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Site() {}

  Site(Study study, NewSite site, Instant now) {
    this.study = study;
    this.code = site.code();
    this.name = site.name().strip();
    this.healthSystem = site.healthSystem();
    this.location = site.location();
    this.stratum = site.stratum();
    this.enrollmentTarget = site.enrollmentTarget();
    this.covariates.putAll(site.covariates());
    this.status = SiteStatus.PLANNED;
    this.createdAt = now;
  }

  /** Opens the site for enrollment on the given day. */
  void activate(LocalDate on) {
    if (status == SiteStatus.CLOSED) {
      throw new SiteStateException(code, "is closed and cannot be activated again");
    }
    status = SiteStatus.ACTIVE;
    activatedOn = activatedOn == null ? on : activatedOn;
  }

  /**
   * Why the site cannot be opened for enrollment now, if it cannot: it already is, or it is closed
   * for good. A planned site can open before its randomization; it enrolls once it also has its arm.
   */
  public Optional<String> whyNotActivatable() {
    return switch (status) {
      case PLANNED -> Optional.empty();
      case ACTIVE -> Optional.of("Site " + code + " is already open for enrollment"
          + activatedOn().map(d -> " (since " + d + ")").orElse("") + ".");
      case CLOSED -> Optional.of("Site " + code + " is closed; a closed site cannot open again.");
    };
  }

  /**
   * Corrects the site record and returns what changed. Once the site is randomized its stratum and
   * covariates are what the recorded draw balanced on, so they stay as they were; its name, health
   * system, location and enrollment target remain editable.
   */
  Changes change(SiteChange change, boolean randomized) {
    Map<String, String> newCovariates = new TreeMap<>(change.covariates());
    String newStratum = blankToNull(change.stratum());
    if (randomized) {
      List<String> locked = new ArrayList<>();
      if (!Objects.equals(stratum, newStratum)) {
        locked.add("stratum");
      }
      if (!covariates.equals(newCovariates)) {
        locked.add("covariates");
      }
      if (!locked.isEmpty()) {
        throw new SiteStateException(code, "is already randomized: its " + String.join(" and ", locked)
            + " were used by the recorded draw and cannot change (name, health system, location and target can)");
      }
    }
    Changes changes = Changes.of()
        .field("name", name, change.name().strip())
        .field("healthSystem", healthSystem, blankToNull(change.healthSystem()))
        .field("location", location, blankToNull(change.location()))
        .field("stratum", stratum, newStratum)
        .field("enrollmentTarget", enrollmentTarget, change.enrollmentTarget());
    TreeSet<String> codes = new TreeSet<>(covariates.keySet());
    codes.addAll(newCovariates.keySet());
    codes.forEach(c -> changes.field("covariates." + c, covariates.get(c), newCovariates.get(c)));
    name = change.name().strip();
    healthSystem = blankToNull(change.healthSystem());
    location = blankToNull(change.location());
    stratum = newStratum;
    enrollmentTarget = change.enrollmentTarget();
    covariates.clear();
    covariates.putAll(newCovariates);
    return changes;
  }

  /** Ends the site's enrollment for good. A planned site that never opened (a clinic that withdrew) may close too. */
  void close() {
    if (status == SiteStatus.CLOSED) {
      throw new SiteStateException(code, "is already closed");
    }
    status = SiteStatus.CLOSED;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long id() {
    return id;
  }

  public Study study() {
    return study;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public Optional<String> healthSystem() {
    return Optional.ofNullable(healthSystem);
  }

  public Optional<String> location() {
    return Optional.ofNullable(location);
  }

  public Optional<String> stratum() {
    return Optional.ofNullable(stratum);
  }

  public Optional<Integer> enrollmentTarget() {
    return Optional.ofNullable(enrollmentTarget);
  }

  public SiteStatus status() {
    return status;
  }

  public Optional<LocalDate> activatedOn() {
    return Optional.ofNullable(activatedOn);
  }

  /** Covariate code to value, as registered. */
  public Map<String, String> covariates() {
    return Collections.unmodifiableMap(new TreeMap<>(covariates));
  }
}
