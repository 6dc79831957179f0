package org.mplp.conformance.driver;

import java.time.Duration;
import java.util.Optional;

/**
 * How long the kit waits for what the spec bounds (spec: Conventions, Time): the spec's bound, a
 * tolerance for timers and clocks, and the run's {@code --timeout} for the network on top. A wait
 * the spec does not bound is never made; a bound beyond {@link #CEILING} is not waited for at all.
 *
 * @param network the run's {@code --timeout}: what a slow network adds to every wait
 */
public record Waits(Duration network) {

  /** "At once" in the spec: within this much of the event that causes a frame. */
  public static final Duration AT_ONCE = Duration.ofSeconds(5);

  /** How late a server may act on a timer of its own: hello timeout, expiry, end of lockout. */
  public static final Duration TIMER_LATENESS = Duration.ofSeconds(5);

  /** For timers that fire a little early or late, and clocks read at either end. */
  public static final Duration TOLERANCE = Duration.ofSeconds(1);

  /**
   * The longest a scenario waits for a timer of the target. A scenario whose bound lies beyond is
   * not applicable to that target: the run would take too long, whatever it could show.
   */
  public static final Duration CEILING = Duration.ofSeconds(30);

  /** How long to wait for a frame the spec says comes at once: an answer, an event, a push. */
  public Duration atOnce() {
    return AT_ONCE.plus(TOLERANCE).plus(network);
  }

  /** How long to wait for a timer of the target that is due {@code due} from now. */
  public Duration forTimer(Duration due) {
    return due.plus(TIMER_LATENESS).plus(TOLERANCE).plus(network);
  }

  /** Why the kit does not wait for a timer of {@code due}, or empty when it does. */
  public static Optional<String> beyondCeiling(String what, Duration due) {
    if (due.plus(TIMER_LATENESS).compareTo(CEILING) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        what
            + " is "
            + due.toSeconds()
            + " s; with the spec's "
            + TIMER_LATENESS.toSeconds()
            + " s of lateness the kit would wait beyond its ceiling of "
            + CEILING.toSeconds()
            + " s");
  }
}
