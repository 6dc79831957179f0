package org.mplp.client.wire;

/**
 * Keeps this client's frames within the server's {@code maxFramesPerSecond}: a token bucket of the
 * same shape as the server's (a burst of the limit, refilled at the limit), so the server never has
 * to refuse a frame as rate-limited. Used by one writer thread only.
 */
final class OutgoingPacer {
  private final double perSecond;
  private final double capacity;
  private double tokens;
  private long lastNanos;

  /** Keeps a margin of one frame a second below the limit for clocks that do not agree exactly. */
  OutgoingPacer(int maxFramesPerSecond) {
    this.perSecond = Math.max(1, maxFramesPerSecond - 1);
    this.capacity = perSecond;
    this.tokens = capacity;
    this.lastNanos = System.nanoTime();
  }

  /** How long to wait, in nanoseconds, before the next frame may go; takes its token. */
  long reserve(long nowNanos) {
    tokens = Math.min(capacity, tokens + (nowNanos - lastNanos) * perSecond / 1e9);
    lastNanos = nowNanos;
    tokens -= 1;
    if (tokens >= 0) {
      return 0;
    }
    return (long) (-tokens / perSecond * 1e9);
  }
}
