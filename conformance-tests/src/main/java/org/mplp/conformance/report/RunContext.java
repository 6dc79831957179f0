package org.mplp.conformance.report;

/**
 * How a run was made: by which kit, against which implementation (as its welcome names it), with
 * which selection, and whether anything not run counts as a failure.
 *
 * @param implementation the welcome's server name and version, or null when no welcome was read
 * @param tags the tag expression, or null for every scenario
 * @param parallel the scenarios at once, as asked and as run
 * @param accountsNeeded the test accounts the selected scenarios take at most, from their steps
 */
public record RunContext(
    Kit kit,
    Implementation implementation,
    String tags,
    boolean failOnNotRun,
    Parallelism parallel,
    int accountsNeeded) {

  /** The implementation under test, as the server's welcome names it. */
  public record Implementation(String name, String version) {
    @Override
    public String toString() {
      return name + " " + version;
    }
  }

  public static RunContext plain() {
    return new RunContext(Kit.unknown(), null, null, false, Parallelism.asAsked(1), 0);
  }
}
