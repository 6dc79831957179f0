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
  private static final int LONGEST_SHOWN = 200;

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
        + String.join(" ", command.stream().map(ActionRun::shortened).toList())
        + "\n  -> "
        + (exitCode == null ? "stopped by the kit after its time ran out" : "exit " + exitCode)
        + (stdout.isBlank() ? "" : "\n  stdout: " + stdout.strip().replace("\n", "\n          "))
        + (stderr.isBlank() ? "" : "\n  stderr: " + stderr.strip().replace("\n", "\n          "));
  }

  /** A long argument, such as a class path, cut to its start: the transcript is for reading. */
  private static String shortened(String arg) {
    return arg.length() <= LONGEST_SHOWN
        ? arg
        : arg.substring(0, 60) + "... (" + arg.length() + " characters)";
  }
}
