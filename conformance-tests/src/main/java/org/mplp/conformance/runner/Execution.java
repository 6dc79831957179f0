package org.mplp.conformance.runner;

/**
 * How the scenarios of a run are executed and judged.
 *
 * @param parallel how many scenarios run at once (those tagged @serial run alone, afterwards; those
 *     tagged @failed-logins one at a time)
 * @param rerunFailures how often a scenario that did not pass is run again to tell flaky from
 *     failed
 * @param failOnNotRun whether scenarios not applicable and MUSTs not tested make the run fail
 */
record Execution(int parallel, int rerunFailures, boolean failOnNotRun) {
  static Execution plain() {
    return new Execution(1, 0, false);
  }
}
