package org.pragma.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteFiguresCacheTest {
  static final LocalDate TODAY = LocalDate.of(2026, 10, 15);
  static final SiteFiguresCache.Window ALL = new SiteFiguresCache.Window(LocalDate.MIN, LocalDate.MAX, TODAY, "ODI", "baseline");

  final List<List<Long>> counted = new ArrayList<>();
  final Map<Long, Long> enrolledInDatabase = new HashMap<>(Map.of(1L, 10L, 2L, 20L, 3L, 30L));

  Map<Long, SiteFigures> count(List<Long> sites) {
    counted.add(List.copyOf(sites));
    Map<Long, SiteFigures> figures = new HashMap<>();
    sites.forEach(s -> figures.put(s, withEnrolled(enrolledInDatabase.get(s))));
    return figures;
  }

  static SiteFigures withEnrolled(long n) {
    return new SiteFigures(DashboardFigures.Screenings.NONE, new DashboardFigures.Patients(
        List.of(new DashboardFigures.Daily(TODAY, "ice", n)), 0), DashboardFigures.Visits.NONE, List.of(), List.of());
  }

  static long enrolled(Map<Long, SiteFigures> figures, long site) {
    return figures.get(site).enrolled(TODAY).enrolled();
  }

  @Test
  void aSiteIsCountedAgainOnlyWhenItsChangeNumberMovesAndThenShowsTheWrite() {
    SiteFiguresCache cache = new SiteFiguresCache(100);
    Map<Long, Long> changes = new HashMap<>(Map.of(1L, 5L, 2L, 7L));
    List<Long> sites = List.of(1L, 2L, 3L);

    assertThat(enrolled(cache.figures(sites, changes, ALL, this::count), 2)).isEqualTo(20);
    assertThat(cache.figures(sites, changes, ALL, this::count)).hasSize(3);
    assertThat(counted).containsExactly(List.of(1L, 2L, 3L));

    enrolledInDatabase.put(2L, 21L);
    changes.put(2L, 8L);
    Map<Long, SiteFigures> after = cache.figures(sites, changes, ALL, this::count);
    assertThat(counted).containsExactly(List.of(1L, 2L, 3L), List.of(2L));
    assertThat(enrolled(after, 1)).isEqualTo(10);
    assertThat(enrolled(after, 2)).isEqualTo(21);
    assertThat(enrolled(after, 3)).isEqualTo(30);

    enrolledInDatabase.put(3L, 31L);
    changes.put(3L, 1L); // a site never written to has number 0; its first write makes it 1
    assertThat(enrolled(cache.figures(sites, changes, ALL, this::count), 3)).isEqualTo(31);
    assertThat(counted).last().isEqualTo(List.of(3L));
  }

  @Test
  void anotherDayOrDateRangeIsCountedSeparately() {
    SiteFiguresCache cache = new SiteFiguresCache(100);
    Map<Long, Long> changes = Map.of(1L, 1L);
    cache.figures(List.of(1L), changes, ALL, this::count);
    cache.figures(List.of(1L), changes, new SiteFiguresCache.Window(LocalDate.MIN, LocalDate.MAX, TODAY.plusDays(1), "ODI",
        "baseline"), this::count);
    cache.figures(List.of(1L), changes, new SiteFiguresCache.Window(TODAY.minusDays(30), LocalDate.MAX, TODAY, "ODI", "baseline"),
        this::count);
    cache.figures(List.of(1L), changes, new SiteFiguresCache.Window(LocalDate.MIN, LocalDate.MAX, TODAY, "NDI", "baseline"),
        this::count);
    cache.figures(List.of(1L), changes, ALL, this::count);
    assertThat(counted).hasSize(4);
  }

  @Test
  void aSiteWithNothingToCountIsKeptAsEmptyAndTheLeastRecentlyUsedEntryLeavesFirst() {
    SiteFiguresCache cache = new SiteFiguresCache(2);
    Map<Long, Long> changes = Map.of();
    Map<Long, SiteFigures> none = cache.figures(List.of(9L), changes, ALL, sites -> {
      counted.add(sites);
      return Map.of();
    });
    assertThat(none.get(9L)).isEqualTo(SiteFigures.NONE);
    cache.figures(List.of(1L), changes, ALL, this::count);
    cache.figures(List.of(9L), changes, ALL, this::count); // used again: site 1 is now the eldest
    cache.figures(List.of(2L), changes, ALL, this::count);
    cache.figures(List.of(9L, 1L), changes, ALL, this::count);
    assertThat(counted).containsExactly(List.of(9L), List.of(1L), List.of(2L), List.of(1L));
  }

  @Test
  void aSitesEnrollmentCountsRecentPatientsFromTheFirstRecentDayAndKnowsTheLastDate() {
    SiteFigures f = new SiteFigures(DashboardFigures.Screenings.NONE, new DashboardFigures.Patients(List.of(
        new DashboardFigures.Daily(TODAY.minusDays(30), "ice", 2), new DashboardFigures.Daily(TODAY.minusDays(29), "ice", 3),
        new DashboardFigures.Daily(TODAY, "ice", 1)), 4), new DashboardFigures.Visits(Map.of(), 7, 2), List.of(), List.of(),
        new DashboardFigures.Queries(3, 1));
    assertThat(f.enrolled(TODAY.minusDays(29))).isEqualTo(new DashboardFigures.Enrolled(6, 4, TODAY));
    assertThat(f.quality()).isEqualTo(new DashboardFigures.Quality(7, 2, 4, new DashboardFigures.Queries(3, 1)));
    assertThat(SiteFigures.NONE.enrolled(TODAY)).isEqualTo(DashboardFigures.Enrolled.NONE);
  }
}
