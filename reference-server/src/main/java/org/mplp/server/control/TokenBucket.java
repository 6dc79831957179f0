package org.mplp.server.control;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Frame rate limit of one connection (REQ-LIMIT-003): refills {@code perSecond} tokens a second and
 * holds at most as many, so a full second's worth may arrive at once. Not thread-safe; a
 * connection's bucket is used only on its event loop.
 */
public final class TokenBucket {

  private static final double NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);

  private final int perSecond;
  private final LongSupplier nanoClock;
  private double tokens;
  private long lastRefill;

  /**
   * @param nanoClock a monotonic clock in nanoseconds, {@code System::nanoTime} outside tests
   */
  public TokenBucket(int perSecond, LongSupplier nanoClock) {
    if (perSecond < 1) {
      throw new IllegalArgumentException("perSecond must be at least 1: " + perSecond);
    }
    this.perSecond = perSecond;
    this.nanoClock = nanoClock;
    this.tokens = perSecond;
    this.lastRefill = nanoClock.getAsLong();
  }

  /** Takes one token; false when the bucket is empty. */
  public boolean tryTake() {
    long now = nanoClock.getAsLong();
    tokens = Math.min(perSecond, tokens + (now - lastRefill) * perSecond / NANOS_PER_SECOND);
    lastRefill = now;
    if (tokens < 1) {
      return false;
    }
    tokens -= 1;
    return true;
  }
}
