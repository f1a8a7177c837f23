package org.pragma.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class LoaderClockTest {
  static final Instant REAL = Instant.parse("2026-11-24T12:00:00Z");
  static final Instant PAST = Instant.parse("2024-10-01T14:00:00Z");
  final Clock clock = new LoaderClock(Clock.fixed(REAL, ZoneOffset.UTC));

  @Test
  void aReplayMovesOnlyTheReplayingThreadsClockAndEndsWhenClosed() throws Exception {
    try (LoaderClock.Replay replay = LoaderClock.replay(PAST)) {
      assertEquals(PAST, clock.instant());
      assertEquals(LocalDate.of(2024, 10, 1), LocalDate.now(clock.withZone(ZoneId.of("America/Chicago"))));
      assertEquals(REAL, CompletableFuture.supplyAsync(clock::instant).get(), "another thread (a user's request) reads the real clock");
      replay.set(PAST.plusSeconds(86_400));
      assertEquals(PAST.plusSeconds(86_400), clock.instant());
      assertTrue(LoaderClock.replaying());
      assertThrows(IllegalStateException.class, () -> LoaderClock.replay(PAST), "no nested replays");
    }
    assertFalse(LoaderClock.replaying());
    assertEquals(REAL, clock.instant());
  }
}
