package org.mplp.bench.scenario;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Message ids that carry their intended send time: {@code <run>-<nanoTime>}. The run prefix keeps
 * them unique across bench runs against one server, which remembers client message ids.
 */
public final class MessageKeys {

  private final String run = Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);

  public String key(long intendedNanos) {
    return run + "-" + intendedNanos;
  }

  /** The intended send time, or -1 for an id of another run. */
  public long intendedNanos(String key) {
    if (key == null
        || key.length() <= run.length() + 1
        || !key.startsWith(run)
        || key.charAt(run.length()) != '-') {
      return -1;
    }
    return Long.parseLong(key, run.length() + 1, key.length(), 10);
  }
}
