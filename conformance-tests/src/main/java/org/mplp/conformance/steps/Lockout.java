package org.mplp.conformance.steps;

import java.time.Duration;

/**
 * When a scenario's last failed login was answered and when it tried the password again: a lockout
 * runs for lockoutSeconds from the failure that started it (REQ-LOGIN-016), so whether a refusal
 * was due depends on the time between the two.
 */
final class Lockout {
  private long failedNanos;
  private long triedNanos;

  void failed() {
    failedNanos = System.nanoTime();
  }

  void tried() {
    triedNanos = System.nanoTime();
  }

  Duration sinceFailure() {
    return Duration.ofNanos(System.nanoTime() - failedNanos);
  }

  /** How long after the last failure the kit sent the login it judges. */
  Duration triedAfterFailure() {
    return Duration.ofNanos(triedNanos - failedNanos);
  }
}
