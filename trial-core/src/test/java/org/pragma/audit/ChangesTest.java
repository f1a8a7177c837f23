package org.pragma.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangesTest {
  enum Colour { RED }

  @Test
  void keepsOnlyFieldsWhoseValueChanged() {
    Changes changes =
        Changes.of()
            .field("title", "Same", "Same")
            .field("status", "PLANNING", "RECRUITING")
            .field("registryId", Optional.empty(), null)
            .field("roles", Set.of("B", "A"), List.of("A", "B"));

    assertThat(changes.list()).containsExactly(new Changes.Change("status", "PLANNING", "RECRUITING"));
  }

  @Test
  void writesValuesInAStableTextForm() {
    assertThat(AuditText.of(Colour.RED)).isEqualTo("RED");
    assertThat(AuditText.of(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00Z");
    assertThat(AuditText.of(Set.of("S02", "S01"))).isEqualTo("S01,S02");
    assertThat(AuditText.of("x".repeat(5000))).hasSize(4000);
  }
}
