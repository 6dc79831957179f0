package org.mplp.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The waits between attempts to reconnect (spec: Reconnecting, REQ-LOGIN-105 and REQ-LOGIN-108):
 * doubling from {@code first} up to {@code max}, each lengthened by a random part of up to a fifth
 * so that many clients of a restarted server do not return in step.
 */
public record Backoff(Duration first, Duration max) {
  /** One second at first, as REQ-LOGIN-105 asks; thirty at most, as REQ-LOGIN-108 asks. */
  public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

  /** The wait before attempt {@code attempt} (0 for the first). */
  public Duration delay(int attempt) {
    long millis = first.toMillis() << Math.min(attempt, 20);
    long capped = Math.min(millis, max.toMillis());
    long jitter = capped / 5 == 0 ? 0 : ThreadLocalRandom.current().nextLong(capped / 5 + 1);
    return Duration.ofMillis(capped + jitter);
  }
}
