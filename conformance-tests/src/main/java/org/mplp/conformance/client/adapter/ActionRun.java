package org.mplp.conformance.client.adapter;

import java.time.Instant;
import java.util.List;

/**
 * What came of one action: the command as run, its exit code (null when the kit had to stop it),
 * and what it printed.
 */
public record ActionRun(
    Action action,
    List<String> command,
    Integer exitCode,
    String stdout,
    String stderr,
    Instant started,
    Instant ended) {

  public ActionRun {
    command = List.copyOf(command);
  }

  public boolean timedOut() {
    return exitCode == null;
  }

  public boolean succeeded() {
    return exitCode != null && exitCode == 0;
  }

  /** Everything it printed, for looking up what it showed its user. */
  public String output() {
    return stdout + "\n" + stderr;
  }

  /** A few lines for a transcript or an assertion message. */
  public String describe() {
    return action.wireName()
        + ": "
        + String.join(" ", command)
        + "\n  -> "
        + (exitCode == null ? "stopped by the kit after its time ran out" : "exit " + exitCode)
        + (stdout.isBlank() ? "" : "\n  stdout: " + stdout.strip().replace("\n", "\n          "))
        + (stderr.isBlank() ? "" : "\n  stderr: " + stderr.strip().replace("\n", "\n          "));
  }
}
