package org.pragma.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pragma.audit.Changes;

class SiteTest {
  private static Site site() {
    return new Site(null, new NewSite("S01", "Clinic one", "duke", null, "north", 90, Map.of("health-system", "duke", "annual-visits", "400")),
        Instant.EPOCH);
  }

  @Test
  void aCorrectionListsOnlyTheFieldsThatChangedEachCovariateOnItsOwn() {
    Site site = site();

    Changes changes = site.change(new SiteChange(" Clinic 1 ", "duke", "Durham", "north", 90,
        Map.of("health-system", "duke", "annual-visits", "420"), "typo"), false);

    assertThat(changes.list()).containsExactly(
        new Changes.Change("name", "Clinic one", "Clinic 1"),
        new Changes.Change("location", null, "Durham"),
        new Changes.Change("covariates.annual-visits", "400", "420"));
    assertThat(site.name()).isEqualTo("Clinic 1");
    assertThat(site.covariates()).containsEntry("annual-visits", "420");
  }

  @Test
  void aRandomizedSiteKeepsTheCovariatesAndStratumTheDrawUsedButMayBeRenamed() {
    Site site = site();

    assertThatThrownBy(() -> site.change(new SiteChange("Clinic one", "duke", null, "south", 90,
        Map.of("health-system", "duke", "annual-visits", "999"), "new count"), true))
        .isInstanceOf(SiteStateException.class)
        .hasMessageContaining("already randomized", "stratum and covariates");
    Changes renamed = site.change(new SiteChange("Clinic uno", "duke", null, "north", 120,
        Map.of("health-system", "duke", "annual-visits", "400"), "renamed"), true);

    assertThat(renamed.list()).extracting(Changes.Change::field).containsExactly("name", "enrollmentTarget");
    assertThat(site.covariates()).containsEntry("annual-visits", "400");
  }

  @Test
  void plannedAndActiveSitesCloseButAClosedSiteCannotCloseOrOpenAgain() {
    Site planned = site();
    planned.close();
    Site active = site();
    active.activate(LocalDate.EPOCH);
    active.close();

    assertThat(planned.status()).isEqualTo(SiteStatus.CLOSED);
    assertThat(active.status()).isEqualTo(SiteStatus.CLOSED);
    assertThatThrownBy(active::close).isInstanceOf(SiteStateException.class).hasMessage("Site S01 is already closed.");
    assertThatThrownBy(() -> active.activate(LocalDate.EPOCH)).isInstanceOf(SiteStateException.class);
  }

  @Test
  void onlyAPlannedSiteCanOpenAndTheOthersSayWhyNot() {
    Site planned = site();
    Site active = site();
    active.activate(LocalDate.of(2026, 10, 15));
    Site closed = site();
    closed.close();

    assertThat(planned.whyNotActivatable()).isEmpty();
    assertThat(active.whyNotActivatable()).contains("Site S01 is already open for enrollment (since 2026-10-15).");
    assertThat(closed.whyNotActivatable()).contains("Site S01 is closed; a closed site cannot open again.");
  }
}
