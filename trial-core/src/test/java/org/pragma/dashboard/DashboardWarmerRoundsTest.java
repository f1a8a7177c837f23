package org.pragma.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardWarmerRoundsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  private final DashboardWarmer.Rounds rounds = new DashboardWarmer.Rounds();
  private final Map<String, LocalDate> today = new HashMap<>();
  private final List<String> counted = new ArrayList<>();

  private List<String> round(Map<String, Long> changes) {
    counted.clear();
    rounds.next(changes, s -> today.getOrDefault(s, DAY), counted::add, () -> true);
    return List.copyOf(counted);
  }

  private static Map<String, Long> changes(Object... codeAndTotal) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < codeAndTotal.length; i += 2) {
      m.put((String) codeAndTotal[i], ((Number) codeAndTotal[i + 1]).longValue());
    }
    return m;
  }

  @Test
  void theFirstRoundCountsEveryStudyAndAQuietRoundNone() {
    assertEquals(List.of("A", "B"), round(changes("A", 0, "B", 7)));
    assertEquals(List.of(), round(changes("A", 0, "B", 7)));
  }

  @Test
  void onlyTheStudiesWrittenToAreCountedAgain() {
    round(changes("A", 3, "B", 7));
    assertEquals(List.of("B"), round(changes("A", 3, "B", 8)));
  }

  @Test
  void midnightAtAStudysClinicsCountsItAgainThoughNothingWasWritten() {
    round(changes("A", 3, "B", 7));
    today.put("B", DAY.plusDays(1));
    assertEquals(List.of("B"), round(changes("A", 3, "B", 7)));
    assertEquals(List.of(), round(changes("A", 3, "B", 7)));
  }

  @Test
  void aNewStudyIsCountedAndAFailingOneNeitherStopsTheOthersNorIsRetriedUntilItChanges() {
    round(changes("A", 1));
    List<String> tried = new ArrayList<>();
    int n = rounds.next(changes("A", 2, "BROKEN", 0, "C", 0), s -> DAY, s -> {
      tried.add(s);
      if (s.equals("BROKEN")) {
        throw new IllegalStateException("no protocol");
      }
    }, () -> true);
    assertEquals(List.of("A", "BROKEN", "C"), tried);
    assertEquals(2, n);
    assertEquals(List.of(), round(changes("A", 2, "BROKEN", 0, "C", 0)));
    assertEquals(List.of("BROKEN"), round(changes("A", 2, "BROKEN", 1, "C", 0)));
  }

  @Test
  void aStudyGoneAndBackIsCountedAgain() {
    round(changes("A", 1, "B", 1));
    round(changes("A", 1));
    assertEquals(List.of("B"), round(changes("A", 1, "B", 1)));
  }

  @Test
  void aRoundStopsWhenTheApplicationStopsAndTheStudiesItDidNotReachAreCountedNextTime() {
    List<String> tried = new ArrayList<>();
    rounds.next(changes("A", 1, "B", 1, "C", 1), s -> DAY, tried::add, () -> tried.size() < 1);
    assertEquals(List.of("A"), tried);
    assertEquals(List.of("B", "C"), round(changes("A", 1, "B", 1, "C", 1)));
  }
}
