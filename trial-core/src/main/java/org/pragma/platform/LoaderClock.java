package org.pragma.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The application's clock, which a data loader may set, for the work of its own thread only, to the
 * day it is replaying. The demo trial uses it to run the real services through two years of a
 * trial, day by day, so every screening, enrollment, visit and signature carries the day it
 * happened in the story, with every rule of the services applied as on that day (nothing is
 * back-dated afterwards). Other threads, hence every user's request, always read the real clock.
 */
public final class LoaderClock extends Clock {
  private static final ThreadLocal<Instant> REPLAYED = new ThreadLocal<>();

  private final Clock real;

  LoaderClock(Clock real) {
    this.real = Objects.requireNonNull(real);
  }

  /** A replay on the calling thread; closing it gives the thread back the real clock. */
  public static final class Replay implements AutoCloseable {
    private Replay() {}

    /** From now on, this thread's "now" is {@code at}. */
    public void set(Instant at) {
      REPLAYED.set(Objects.requireNonNull(at));
    }

    @Override
    public void close() {
      REPLAYED.remove();
    }
  }

  /** Starts a replay on the calling thread at {@code at}; use it in a try-with-resources block. */
  public static Replay replay(Instant at) {
    if (REPLAYED.get() != null) {
      throw new IllegalStateException("This thread is already replaying at " + REPLAYED.get());
    }
    Replay replay = new Replay();
    replay.set(at);
    return replay;
  }

  /** Whether the calling thread is replaying (never a user's request). */
  public static boolean replaying() {
    return REPLAYED.get() != null;
  }

  @Override
  public ZoneId getZone() {
    return real.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return zone.equals(real.getZone()) ? this : new LoaderClock(real.withZone(zone));
  }

  @Override
  public Instant instant() {
    Instant replayed = REPLAYED.get();
    return replayed != null ? replayed : real.instant();
  }

  @Override
  public long millis() {
    return instant().toEpochMilli();
  }
}
