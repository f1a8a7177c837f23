package org.pragma.exports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A small patients dataset with every kind of value, for the writer tests. */
final class Fixtures {
  static final Instant SNAPSHOT = Instant.parse("2026-10-15T01:00:00Z");

  static final Dataset PATIENTS =
      new Dataset(
          "patients",
          "one row per enrolled patient",
          List.of(
              Variable.text("study_id", "Study patient ID"),
              Variable.text("arm", "Allocated arm").value("usual-care", "Usual care").value("ice", "ICE"),
              Variable.integer("age", "Age at enrollment").units("years").derivation("90+ top-coded as 90"),
              Variable.integer("sex", "Sex").value("1", "Female").value("2", "Male"),
              Variable.decimal("odi_month_3", "ODI at month 3", 1)
                  .units("%")
                  .derivation("ODI 2.1a: sum of answered sections / (5 x answered) x 100")
                  .missing(Missing.MISSED, "visit window closed without the questionnaire")
                  .missing(Missing.ITEM_NONRESPONSE, "more than one section unanswered")
                  .missing(Missing.NOT_DUE, null),
              Variable.date("enrolled_on", "Enrollment date").missing(Missing.NOT_APPLICABLE, "relative dates"),
              Variable.text("note", "Free text")));

  static final Object[][] ROWS = {
    {"SC-0001", "ice", 54, 1, 42.25, LocalDate.of(2026, 3, 1), "plain"},
    {"SC-0002", "usual-care", 90, 2, Missing.MISSED, LocalDate.of(2026, 4, 2), "=HYPERLINK(\"x\")"},
    {"SC-0003", "ice", 33, 2, Missing.ITEM_NONRESPONSE, Missing.NOT_APPLICABLE, "a, \"quoted\"\nline"},
    {"SC-0004", "ice", 61, 1, -3.0, LocalDate.of(2026, 5, 3), "-2+3"},
    {"SC-0005", "usual-care", 47, 1, Missing.NOT_DUE, LocalDate.of(2026, 6, 4), "Zürich ☃ \uD83D\uDE00"},
  };

  static final ManifestFacts FACTS =
      new ManifestFacts("SPINE", SNAPSHOT, LocalDate.of(2026, 10, 15), "pragma test", false, Map.of("sites", "all"), Map.of("1.0", 5L));

  private Fixtures() {}
}
