package org.mplp.conformance.client.adapter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one action of the client under test as a process of its own, to its end or until its time
 * runs out; what it prints goes to files, so a chatty client never blocks on a full pipe.
 */
public final class ClientProcess {
  private ClientProcess() {}

  public static ActionRun run(Action action, List<String> command, Path logDir, Duration timeout)
      throws IOException, InterruptedException {
    Files.createDirectories(logDir);
    Path out = Files.createTempFile(logDir, action.wireName() + "-", ".out");
    Path err = Files.createTempFile(logDir, action.wireName() + "-", ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    Instant started = Instant.now();
    Process process = builder.start();
    Integer exit = null;
    if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      exit = process.exitValue();
    } else {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(5, TimeUnit.SECONDS);
    }
    return new ActionRun(
        action,
        command,
        exit,
        new String(Files.readAllBytes(out), StandardCharsets.UTF_8),
        new String(Files.readAllBytes(err), StandardCharsets.UTF_8),
        started,
        Instant.now());
  }

  private static java.io.File nullDevice() {
    return new java.io.File(
        System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
