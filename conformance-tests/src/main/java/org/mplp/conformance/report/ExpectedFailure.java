package org.mplp.conformance.report;

import java.time.LocalDate;

/**
 * One entry of a vendor's expected-failures file: a known gap, why, where it is tracked, and until
 * when it may stay a gap.
 *
 * @param id a requirement id or a scenario name
 * @param link where the gap is tracked (an issue), or null
 * @param expires the last day the entry excuses a failure, or null for no end
 */
public record ExpectedFailure(String id, String reason, String link, LocalDate expires) {

  /** Past its last day on {@code today}: it excuses nothing any more. */
  public boolean expiredOn(LocalDate today) {
    return expires != null && today.isAfter(expires);
  }
}
