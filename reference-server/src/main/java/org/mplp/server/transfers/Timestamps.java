package org.mplp.server.transfers;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Transfer times on the wire: RFC 3339 in UTC, to the millisecond. */
final class Timestamps {

  private Timestamps() {}

  public static Instant now(java.time.Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  public static String format(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MILLIS).toString();
  }
}
