package org.pragma.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseCheckTest {

  private final InstrumentCatalog catalog = ShippedInstruments.CATALOG;

  @Test
  void namesEveryUnknownItemAndOutOfRangeValue() {
    assertThatThrownBy(() -> catalog.score("ODI", Map.of("odi1", 6, "odi11", 1, "odi2", -1, "odi3", 2)))
        .isInstanceOf(InvalidResponseException.class)
        .extracting(e -> ((InvalidResponseException) e).errors(), list(ItemError.class))
        .extracting(ItemError::item)
        .containsExactlyInAnyOrder("odi1", "odi11", "odi2");
  }

  @Test
  void explainsTheAllowedValues() {
    assertThatThrownBy(() -> catalog.score("SBST", Map.of("sbst9", 0)))
        .hasMessageContaining("sbst9").hasMessageContaining("allowed values: 1, 2, 3, 4, 5");
  }

  @Test
  void rejectsFractionsAndTextButAcceptsWholeNumbersOfAnyNumberType() {
    assertThatThrownBy(() -> catalog.score("NPRS", Map.of("nprs1", 2.5))).isInstanceOf(InvalidResponseException.class);
    assertThatThrownBy(() -> catalog.score("NPRS", Map.of("nprs1", "3"))).isInstanceOf(InvalidResponseException.class);
    assertThat(catalog.score("NPRS", Map.of("nprs1", new BigDecimal("3.0"))).total()).contains(3);
    assertThat(catalog.score("NPRS", Map.of("nprs1", 7L)).total()).contains(7);
  }

  @Test
  void unknownInstrumentCodeIsItsOwnError() {
    assertThatThrownBy(() -> catalog.score("XYZ", Map.of())).isInstanceOf(UnknownInstrumentException.class);
  }

  @Test
  void shipsTheSevenInstrumentsByCode() {
    assertThat(catalog.all()).extracting(Instrument::code).containsExactly(
        "NDI", "NPRS", "ODI", "PCS", "PROMIS-PF-6B", "PROMIS-PI-6A", "SBST");
  }
}
