package org.mplp.conformance.driver;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Crashes the target and starts it again by the user's own command ({@code --restart-command}), run
 * with a shell, then waits until its discovery document answers again: durability is observed,
 * never assumed (spec: Conventions, Crashes).
 */
public final class TargetRestart {
  /** How long the command may take: it may wait for the old process to end and start the new. */
  static final Duration COMMAND = Duration.ofMinutes(2);

  /** How long the target may take to answer discovery once the command is done. */
  static final Duration START = Duration.ofMinutes(1);

  private TargetRestart() {}

  /** Runs {@code command} with {@code sh -c} and waits for the target at {@code httpBase}. */
  public static void run(String command, URI httpBase, Duration timeout, Transcript transcript) {
    transcript.note("kit", "crashes and restarts the target: sh -c " + command);
    Process process;
    try {
      process =
          new ProcessBuilder("sh", "-c", command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      throw new DriverException("The --restart-command could not run: " + e, e);
    }
    try {
      if (!process.waitFor(COMMAND.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new DriverException(
            "The --restart-command did not end within " + COMMAND.toSeconds() + " s");
      }
      if (process.exitValue() != 0) {
        throw new DriverException("The --restart-command ended with status " + process.exitValue());
      }
      awaitDiscovery(httpBase, timeout, transcript);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DriverException("interrupted while restarting the target", e);
    }
  }

  private static void awaitDiscovery(URI httpBase, Duration timeout, Transcript transcript)
      throws InterruptedException {
    long deadline = System.nanoTime() + START.plus(timeout).toNanos();
    String last = "";
    while (System.nanoTime() - deadline < 0) {
      try {
        DiscoveryResponse answer = DiscoveryResponse.fetch(httpBase, timeout);
        if (answer.status() == 200) {
          transcript.note("kit", "the target answers discovery again");
          return;
        }
        last = "status " + answer.status();
      } catch (DriverException e) {
        last = e.getMessage();
      }
      Thread.sleep(200);
    }
    throw new DriverException(
        "After the --restart-command the target did not answer discovery within "
            + START.plus(timeout).toSeconds()
            + " s: "
            + last);
  }
}
