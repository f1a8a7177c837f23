package org.pragma.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tests start the server's clock at a known instant; it then ticks like the system clock. */
class ClockProducerTest {
  final Instant start = Instant.parse("2026-10-14T15:00:00Z");

  /** A machine clock the test moves on by hand. */
  static final class MachineClock extends Clock {
    Instant now = Instant.parse("2026-11-24T11:17:55Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aConfiguredStartIsWhatTheClockReadsThenItTicksOn() {
    MachineClock machine = new MachineClock();
    Clock clock = ClockProducer.clockStartingAt(Optional.of(start), machine);
    assertThat(clock.instant()).isEqualTo(start);

    machine.now = machine.now.plusSeconds(90);
    assertThat(clock.instant()).isEqualTo(start.plusSeconds(90));
  }

  @Test
  void withoutAStartTheClockIsTheSystemClock() {
    Clock system = new MachineClock();
    assertThat(ClockProducer.clockStartingAt(Optional.empty(), system)).isSameAs(system);
  }
}
