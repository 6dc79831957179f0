package org.mplp.client.cli;

/** {@code ./mplp client ...} in-process for tests of other packages: the web client's tests. */
public final class Cli {
  private Cli() {}

  /** Runs one command line and returns its exit code and what it printed. */
  public static Run run(String... args) {
    CliRun run = CliRun.of(args);
    return new Run(run.exit(), run.out(), run.err());
  }

  /** One run's exit code and output. */
  public record Run(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }
}
