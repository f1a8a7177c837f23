package org.pragma.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Now" for the whole application: domain code asks for a {@link Clock}, never the system time.
 * With {@code pragma.clock.start} (an ISO instant, e.g. {@code PRAGMA_CLOCK_START=2026-10-14T15:00:00Z})
 * the clock starts at that instant when the application starts and ticks from there, so tests know
 * which day it is while lockouts and token expiries still see time pass. Never set it in production.
 * A data loader may replay past days on its own thread only ({@link LoaderClock}).
 */
@ApplicationScoped
public class ClockProducer {
  @Inject
  @ConfigProperty(name = "pragma.clock.start")
  Optional<String> start;

  @Produces
  @ApplicationScoped
  Clock clock() {
    return new LoaderClock(clockStartingAt(start.filter(s -> !s.isBlank()).map(String::strip).map(Instant::parse), Clock.systemUTC()));
  }

  /** The system clock, or one shifted so that it reads {@code start} now and ticks on from there. */
  static Clock clockStartingAt(Optional<Instant> start, Clock system) {
    return start.map(s -> Clock.offset(system, Duration.between(system.instant(), s))).orElse(system);
  }
}
