package org.mplp.bench.worker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A generator child JVM spoken to by lines on stdin and stdout. */
public final class WorkerProcess implements AutoCloseable {

  private final Process process;
  private final BufferedReader out;
  private final PrintWriter in;

  private WorkerProcess(Process process) {
    this.process = process;
    this.out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
  }

  public static WorkerProcess start(Class<?> main, List<String> jvmOptions, List<String> args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(args);
    return new WorkerProcess(
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
  }

  public void send(String line) {
    in.println(line);
  }

  /** The next line the worker prints; fails if it ends first. */
  public String expect(String prefix) throws IOException {
    String line = out.readLine();
    if (line == null || !line.startsWith(prefix)) {
      throw new IOException("worker said " + line + " instead of " + prefix);
    }
    return line;
  }

  @Override
  public void close() {
    in.println("stop");
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroy();
      }
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
    }
  }
}
