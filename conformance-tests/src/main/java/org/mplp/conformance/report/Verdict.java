package org.mplp.conformance.report;

/**
 * The outcome of a scenario in one binding, and of a requirement over its scenarios. Declared from
 * the worst to the best, so that the lowest ordinal wins when verdicts are combined.
 */
public enum Verdict {
  /** An assertion of a MUST scenario failed: the target broke the spec. */
  FAILED("failed"),
  /** The environment failed (an exception that is not an assertion): no judgement possible. */
  ERROR("error"),
  /** An assertion of a SHOULD scenario failed. */
  WARNING("warning"),
  /** Failed, then passed when run again (--rerun-failures): never silently passed. */
  FLAKY("flaky"),
  /**
   * The kit could not observe what the scenario checks (a crash, without a way to crash the
   * target): never claimed as passed, and no failure either.
   */
  NOT_VERIFIED("not-verified"),
  PASSED("passed"),
  /** The scenario is for a profile or binding the target does not claim. */
  NOT_APPLICABLE("not-applicable"),
  /** For requirements only: no scenario of it ran. */
  UNTESTED("untested");

  private final String wireName;

  Verdict(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** Nothing was judged: with --fail-on-not-run such a verdict counts as a failure. */
  public boolean notRun() {
    return this == NOT_APPLICABLE || this == NOT_VERIFIED || this == UNTESTED;
  }

  /** Failed, error or warning: worth a second run with --rerun-failures. */
  public boolean unsuccessful() {
    return this == FAILED || this == ERROR || this == WARNING;
  }

  /**
   * The verdict of a requirement: failed beats error beats warning beats flaky beats not verified
   * beats passed.
   */
  public static Verdict worst(Verdict a, Verdict b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }
}
