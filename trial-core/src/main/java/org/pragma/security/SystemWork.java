package org.pragma.security;

import java.util.Objects;
import java.util.Optional;

/**
 * Startup work (running as {@link Usernames#SYSTEM}) that acts for one account, on the calling thread
 * only: the demo loader commits the demo randomization as the demo statistician, who signs it with the
 * account's own password. {@link CurrentUser} names that account only while the container's caller is
 * the system itself, so no signed-in user's request can ever act for someone else.
 */
public final class SystemWork {
  private static final ThreadLocal<String> ACTING_FOR = new ThreadLocal<>();

  private SystemWork() {}

  /** Acting for the account, until closed. */
  public static final class ActingFor implements AutoCloseable {
    private ActingFor() {}

    @Override
    public void close() {
      ACTING_FOR.remove();
    }
  }

  /** System work on this thread acts for {@code username} until the result is closed (try-with-resources). */
  public static ActingFor actFor(String username) {
    if (ACTING_FOR.get() != null) {
      throw new IllegalStateException("This thread already acts for " + ACTING_FOR.get());
    }
    ACTING_FOR.set(Objects.requireNonNull(username));
    return new ActingFor();
  }

  static Optional<String> actingFor() {
    return Optional.ofNullable(ACTING_FOR.get());
  }
}
