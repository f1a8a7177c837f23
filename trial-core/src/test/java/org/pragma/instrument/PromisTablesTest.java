package org.pragma.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The summed-score tables computed from the item calibrations (Lord–Wingersky, EAP with a N(0,1) prior)
 * against every published value domain.md 3.6.1 lists: PROMIS PI 4a v1.0 (Adult Profile Scoring Manual,
 * April 2021: 17 T-scores and 17 SEs), PI 8a v1.0 (33 T-scores), PI 6a raw 15 and PF 6b v1.2 raw 17 (CMS
 * ACCESS FHIR IG examples). The 4a and 8a forms are test fixtures with the same bank calibrations.
 */
class PromisTablesTest {

  private static final SummedScoreTable PI_4A = fixture("PROMIS-PI-4A");
  private static final SummedScoreTable PI_8A = fixture("PROMIS-PI-8A");
  private static final SummedScoreTable PI_6A = shipped("PROMIS-PI-6A");
  private static final SummedScoreTable PF_6B = shipped("PROMIS-PF-6B");

  @ParameterizedTest(name = "PI 4a raw {0} -> T {1}, SE {2}")
  @CsvSource({
      "4, 41.6, 6.1", "5, 49.6, 2.5", "6, 52.0, 2.0", "7, 53.9, 1.9", "8, 55.6, 1.9", "9, 57.1, 1.9",
      "10, 58.5, 1.8", "11, 59.9, 1.8", "12, 61.2, 1.8", "13, 62.5, 1.8", "14, 63.8, 1.8", "15, 65.2, 1.8",
      "16, 66.6, 1.8", "17, 68.0, 1.8", "18, 69.7, 1.9", "19, 71.6, 2.1", "20, 75.6, 3.7"})
  void painInterference4aMatchesTheAdultProfileScoringManual(int raw, String t, String se) {
    assertThat(PI_4A.rows()).hasSize(17);
    assertThat(PI_4A.at(raw)).hasValueSatisfying(score -> {
      assertThat(score.value()).isEqualTo(new BigDecimal(t));
      assertThat(score.standardError()).contains(new BigDecimal(se));
    });
  }

  @ParameterizedTest(name = "PI 8a raw {0} -> T {1}")
  @CsvSource({
      "8, 40.7", "9, 47.9", "10, 49.9", "11, 51.2", "12, 52.3", "13, 53.2", "14, 54.1", "15, 55.0", "16, 55.8",
      "17, 56.6", "18, 57.4", "19, 58.1", "20, 58.8", "21, 59.5", "22, 60.2", "23, 60.8", "24, 61.5", "25, 62.1",
      "26, 62.8", "27, 63.5", "28, 64.1", "29, 64.8", "30, 65.5", "31, 66.2", "32, 66.9", "33, 67.7", "34, 68.4",
      "35, 69.2", "36, 70.1", "37, 71.0", "38, 72.1", "39, 73.5", "40, 77.0"})
  void painInterference8aMatchesThePublishedTable(int raw, String t) {
    assertThat(PI_8A.rows()).hasSize(33);
    assertThat(PI_8A.at(raw).map(TScore::value)).contains(new BigDecimal(t));
  }

  @ParameterizedTest(name = "{0} raw {1} -> T {2}")
  @CsvSource({"PROMIS-PI-6A, 15, 58.6", "PROMIS-PF-6B, 17, 36.8"})
  void shippedFormsGiveThePublishedSingleValues(String code, int raw, String t) {
    SummedScoreTable table = code.equals("PROMIS-PI-6A") ? PI_6A : PF_6B;
    assertThat(table.at(raw).map(TScore::value)).contains(new BigDecimal(t));
  }

  /** domain.md 3.6.1's computed 6a and 6b v1.2 tables, kept as a regression check of the shipped files. */
  @ParameterizedTest(name = "raw {0}: PI 6a T {1} SE {2}; PF 6b T {3} SE {4}")
  @CsvSource({
      "6, 41.1, 6.0, 21.5, 3.8", "7, 48.6, 2.4, 25.4, 2.6", "8, 50.7, 1.8, 27.5, 2.2", "9, 52.2, 1.6, 29.1, 2.1",
      "10, 53.4, 1.6, 30.4, 2.0", "11, 54.5, 1.6, 31.5, 1.9", "12, 55.6, 1.5, 32.5, 1.8", "13, 56.6, 1.5, 33.4, 1.8",
      "14, 57.6, 1.5, 34.3, 1.8", "15, 58.6, 1.5, 35.1, 1.8", "16, 59.5, 1.5, 36.0, 1.8", "17, 60.4, 1.4, 36.8, 1.8",
      "18, 61.2, 1.4, 37.6, 1.8", "19, 62.1, 1.4, 38.5, 1.8", "20, 63.0, 1.5, 39.3, 1.8", "21, 63.8, 1.5, 40.2, 1.8",
      "22, 64.8, 1.5, 41.1, 1.8", "23, 65.7, 1.5, 42.1, 1.8", "24, 66.7, 1.5, 43.1, 1.9", "25, 67.6, 1.5, 44.2, 1.9",
      "26, 68.7, 1.5, 45.4, 2.0", "27, 69.8, 1.5, 46.8, 2.2", "28, 71.0, 1.6, 48.6, 2.6", "29, 72.6, 2.0, 50.9, 2.9",
      "30, 76.3, 3.6, 58.7, 6.2"})
  void shippedTablesMatchDomainReference(int raw, String piT, String piSe, String pfT, String pfSe) {
    assertThat(PI_6A.at(raw)).contains(new TScore(new BigDecimal(piT), java.util.Optional.of(new BigDecimal(piSe)),
        java.util.Optional.of("v1.0")));
    assertThat(PF_6B.at(raw)).contains(new TScore(new BigDecimal(pfT), java.util.Optional.of(new BigDecimal(pfSe)),
        java.util.Optional.of("v1.2")));
  }

  private static SummedScoreTable shipped(String code) {
    return ShippedInstruments.CATALOG.get(code).tScoreTable().orElseThrow();
  }

  static SummedScoreTable fixture(String code) {
    return fixtureInstrument(code).tScoreTable().orElseThrow();
  }

  static Instrument fixtureInstrument(String code) {
    try (InputStream in = PromisTablesTest.class.getResourceAsStream(code + ".yaml")) {
      InstrumentCatalog.Loaded loaded = InstrumentCatalog.load(Map.of(code + ".yaml", in.readAllBytes()));
      assertThat(loaded.errors()).isEmpty();
      return loaded.catalog().get(code);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
