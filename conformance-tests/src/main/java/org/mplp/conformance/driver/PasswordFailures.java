package org.mplp.conformance.driver;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The kit's failed password logins from its one address, kept below the target's {@code
 * maxLoginFailuresPerAddress} in any minute (spec: Login, CHOICE-LOGIN-11): a server that refused
 * the kit's password logins for failures of other scenarios would fail scenarios about something
 * else. A password login waits until the failures of the last minute and the logins still under way
 * leave room for one more failure. A login refused for its credential, or left without an answer
 * the kit understands, counts as failed; one refused for something else (too many devices, a
 * lockout already running) does not, as the spec counts only failed logins (CHOICE-LOGIN-11).
 */
public final class PasswordFailures {
  /** The window of the per-address limit, and a second for clocks read at either end. */
  static final Duration WINDOW = Duration.ofSeconds(61);

  private static PasswordFailures current;

  private final int limit;
  private final Deque<Long> failures = new ArrayDeque<>();
  private int underWay;

  PasswordFailures(int limit) {
    this.limit = limit;
  }

  /** The budget of this run's target, made at its first use; unbounded outside a run. */
  static synchronized PasswordFailures ofRun() {
    int limit =
        RunSettings.installed()
            .map(s -> s.limit("maxLoginFailuresPerAddress", Integer.MAX_VALUE))
            .orElse(Integer.MAX_VALUE);
    if (current == null || current.limit != limit) {
      current = new PasswordFailures(limit);
    }
    return current;
  }

  /**
   * Before a connection that may log in with a password opens: waits until its login and one more
   * failure beside it stay below the limit, so that the login does not wait for room after the
   * target's welcome and run into its loginTimeoutSeconds (REQ-LOGIN-028).
   */
  public static void awaitRoomToConnect() {
    ofRun().awaitRoom(3);
  }

  /** Waits until one more failure stays below the limit, and counts this login as under way. */
  synchronized void begin() {
    awaitRoom(1);
    underWay++;
  }

  private synchronized void awaitRoom(int spare) {
    try {
      while (recent() + underWay >= limit - spare) {
        long oldest = failures.isEmpty() ? System.nanoTime() : failures.peekFirst();
        long waitNanos = oldest + WINDOW.toNanos() - System.nanoTime();
        wait(Math.max(1, waitNanos / 1_000_000));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DriverException("interrupted while pacing password logins", e);
    }
  }

  /** Refusals that say the credential was checked and matched, or was never checked. */
  private static final java.util.Set<String> NOT_FAILED =
      java.util.Set.of(
          "too-many-devices", "locked-out", "rate-limited", "login-limit", "login-timeout");

  /**
   * Whether a target may have counted this login against the kit's address: not when it succeeded,
   * was refused for something other than its credential, or stopped at a challenge the kit never
   * answered with a proof (nothing was verified, so nothing failed).
   */
  public static boolean mayCount(LoginOutcome outcome) {
    if (outcome.succeeded() || stoppedAtChallenge(outcome)) {
      return false;
    }
    String code = outcome.errorCode();
    return code == null || !NOT_FAILED.contains(code);
  }

  private static boolean stoppedAtChallenge(LoginOutcome outcome) {
    return outcome.stage() == LoginOutcome.Stage.LOGIN
        && outcome.challenge() != null
        && outcome.scramProblem() == null;
  }

  /**
   * A login made without waiting for room, by the one scenario that goes beyond the limit on
   * purpose (REQ-LOGIN-017): {@code failed} when the target may have counted it, so that what runs
   * later waits until it is a minute old.
   */
  synchronized void unpaced(boolean failed) {
    if (failed) {
      failures.addLast(System.nanoTime());
    }
    notifyAll();
  }

  /** The login ended; {@code failed} when the target may have counted it as a failed login. */
  synchronized void end(boolean failed) {
    underWay--;
    if (failed) {
      failures.addLast(System.nanoTime());
    }
    notifyAll();
  }

  private int recent() {
    long now = System.nanoTime();
    while (!failures.isEmpty() && now - failures.peekFirst() >= WINDOW.toNanos()) {
      failures.removeFirst();
    }
    return failures.size();
  }
}
