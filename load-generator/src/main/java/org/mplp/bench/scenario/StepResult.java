package org.mplp.bench.scenario;

import org.HdrHistogram.Histogram;

/**
 * One rate step: what was offered in the measured window, what arrived, and the latencies from each
 * message's intended send time.
 *
 * @param acceptance send to the server's acknowledgement; empty for servers without one
 * @param sendLag how far behind its schedule the generator itself sent
 * @param loadAverage the machine's load average (/proc/loadavg) at the end of the step
 */
public record StepResult(
    int offeredRate,
    double windowSeconds,
    long sent,
    long delivered,
    long errors,
    Histogram delivery,
    Histogram acceptance,
    Histogram sendLag,
    String loadAverage) {

  public double deliveredRate() {
    return delivered / windowSeconds;
  }

  /**
   * Sustained: at least 99.9% of the window's messages arrived by the end of the drain, and the p99
   * from intended send time stayed under 100 ms (no queue building up).
   */
  public boolean sustained() {
    return sent > 0
        && delivered >= sent * 0.999
        && delivery.getValueAtPercentile(99) <= 100_000_000L
        && errors == 0;
  }
}
