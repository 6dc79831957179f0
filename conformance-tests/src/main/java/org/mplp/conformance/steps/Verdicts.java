package org.mplp.conformance.steps;

import org.mplp.conformance.driver.Applicability;
import org.opentest4j.TestAbortedException;

/**
 * The ends of a scenario that judge nothing of the target: it does not apply to the target's
 * limits, or the kit cannot observe what it checks. The runner reports them as such, never passed.
 */
final class Verdicts {
  private Verdicts() {}

  /** The target's limits (or profiles) leave the scenario nothing it could check. */
  static TestAbortedException notApplicable(String why) {
    return new TestAbortedException(Applicability.PREFIX + why);
  }

  /** The kit cannot observe what the scenario checks; the reason says what would let it. */
  static TestAbortedException notVerified(String why) {
    return new TestAbortedException(Applicability.NOT_VERIFIED + why);
  }
}
