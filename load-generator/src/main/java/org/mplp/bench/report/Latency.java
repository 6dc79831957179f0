package org.mplp.bench.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.HdrHistogram.Histogram;

/** Percentiles of a latency histogram recorded in nanoseconds, reported in milliseconds. */
public final class Latency {

  /** Up to an hour at three significant digits: a stalled server shows as a stall. */
  public static final long HIGHEST_NANOS = 3_600_000_000_000L;

  private Latency() {}

  public static Histogram newHistogram() {
    return new Histogram(HIGHEST_NANOS, 3);
  }

  public static double ms(Histogram histogram, double percentile) {
    return histogram.getTotalCount() == 0
        ? Double.NaN
        : histogram.getValueAtPercentile(percentile) / 1e6;
  }

  public static ObjectNode summary(Histogram h) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("count", h.getTotalCount());
    node.put("p50Ms", round(ms(h, 50)));
    node.put("p90Ms", round(ms(h, 90)));
    node.put("p99Ms", round(ms(h, 99)));
    node.put("p999Ms", round(ms(h, 99.9)));
    node.put("maxMs", round(h.getTotalCount() == 0 ? Double.NaN : h.getMaxValue() / 1e6));
    return node;
  }

  public static String brief(Histogram h) {
    return String.format(
        "p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms (n=%d)",
        ms(h, 50),
        ms(h, 99),
        ms(h, 99.9),
        h.getTotalCount() == 0 ? Double.NaN : h.getMaxValue() / 1e6,
        h.getTotalCount());
  }

  public static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
