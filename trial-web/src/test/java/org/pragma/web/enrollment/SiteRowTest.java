package org.pragma.web.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pragma.followup.SiteProgress;
import org.pragma.site.SiteStatus;

class SiteRowTest {
  @Test
  void aSiteReadsInWordsWithEnrollmentAgainstTargetAndVisitsDue() {
    SiteRow row = SiteRow.of(new SiteProgress("SC", "S7", "Clinic 7", SiteStatus.ACTIVE, Optional.of("ipt"),
        Optional.of("Individualized Postural Therapy (IPT)"), 42, Optional.of(90), 3, 1));
    assertThat(row.statusLabel()).isEqualTo("Active");
    assertThat(row.arm()).isEqualTo("Individualized Postural Therapy (IPT)");
    assertThat(row.enrolledText()).isEqualTo("42 / 90");
    assertThat(row.dueText()).isEqualTo("3 due · 1 overdue");

    SiteRow planned = SiteRow.of(new SiteProgress("SC", "S8", "Clinic 8", SiteStatus.PLANNED, Optional.empty(),
        Optional.empty(), 0, Optional.empty(), 0, 0));
    assertThat(planned.arm()).isEqualTo("Not randomized yet");
    assertThat(planned.enrolledText()).isEqualTo("0");
    assertThat(planned.dueText()).isEqualTo("None");
    assertThat(SiteRow.counts(List.of(row, planned))).isEqualTo("2 sites · 1 active");
    assertThat(SiteRow.counts(List.of(planned))).isEqualTo("1 site · 0 active");
  }
}
