package org.mplp.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The waits between attempts to reconnect: doubling from {@code first} up to {@code max}, each
 * shortened by a random fifth so that many clients of a restarted server do not return in step.
 */
public record Backoff(Duration first, Duration max) {
  public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(15));

  /** The wait before attempt {@code attempt} (0 for the first). */
  public Duration delay(int attempt) {
    long millis = first.toMillis() << Math.min(attempt, 20);
    long capped = Math.min(millis, max.toMillis());
    long jitter = capped / 5 == 0 ? 0 : ThreadLocalRandom.current().nextLong(capped / 5);
    return Duration.ofMillis(capped - jitter);
  }
}
