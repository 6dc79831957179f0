package org.mplp.server.messages;

import java.time.Clock;
import java.time.Instant;

/**
 * The server's time to the second as the wire writes it ({@code 2026-11-24T09:12:31Z}), formatted
 * once per second instead of once per message. One thread (the store thread) uses each instance.
 */
final class SecondStamps {

  private final Clock clock;
  private long second = Long.MIN_VALUE;
  private String text;

  SecondStamps(Clock clock) {
    this.clock = clock;
  }

  String now() {
    long now = Math.floorDiv(clock.millis(), 1000);
    if (now != second) {
      second = now;
      text = Instant.ofEpochSecond(now).toString();
    }
    return text;
  }
}
