package org.mplp.conformance.driver;

/**
 * The kit's side of the frame-rate limit (spec: Limits): a token bucket per connection that holds
 * {@code maxFramesPerSecond} tokens, as the server's does, but refills a little slower, so that the
 * server's bucket keeps some slack for frames the network bunches up on the way.
 */
final class Pacer {
  /** The share of the advertised rate the kit uses when it sends steadily. */
  static final double SHARE = 0.8;

  private final double capacity;
  private final double perNano;
  private double tokens;
  private long last = System.nanoTime();

  private Pacer(double capacity, double perSecond) {
    this.capacity = capacity;
    this.perNano = perSecond / 1e9;
    this.tokens = capacity;
  }

  /** A pacer for a connection to a server that advertises {@code framesPerSecond}. */
  static Pacer forRate(int framesPerSecond) {
    return new Pacer(framesPerSecond, framesPerSecond * SHARE);
  }

  /** No pacing: for a target that advertises no rate, which the discovery checks report. */
  static Pacer unpaced() {
    return new Pacer(Double.MAX_VALUE, Double.MAX_VALUE);
  }

  /** Waits until a token is there, then takes it. */
  synchronized void acquire() {
    refill();
    if (tokens < 1) {
      sleepNanos((long) Math.ceil((1 - tokens) / perNano));
      refill();
    }
    tokens -= 1;
  }

  /**
   * Takes a token without waiting, for frames sent at once on purpose; when none is there the
   * server refuses the frame, which takes no token from its bucket either.
   */
  synchronized void spend() {
    refill();
    if (tokens >= 1) {
      tokens -= 1;
    }
  }

  /** Waits until the bucket is full again: the server's is full by then as well. */
  synchronized void awaitFull() {
    refill();
    if (tokens < capacity && capacity < Double.MAX_VALUE) {
      sleepNanos((long) Math.ceil((capacity - tokens) / perNano));
      refill();
    }
  }

  private void refill() {
    long now = System.nanoTime();
    tokens = Math.min(capacity, tokens + (now - last) * perNano);
    last = now;
  }

  private static void sleepNanos(long nanos) {
    try {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DriverException("interrupted while pacing frames", e);
    }
  }
}
