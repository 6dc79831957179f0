package org.mplp.bench.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link LocalServer} child JVM: it prints {@code listening <uri>}, then answers {@code heap}
 * with the heap in use after a full GC and the process's resident size, {@code sample} with a
 * {@link MemorySample}, and stops on {@code stop} or end of input.
 */
public final class ServerProcess implements AutoCloseable {

  private final Process process;
  private final BufferedReader out;
  private final PrintWriter in;
  private final URI controlUri;

  private ServerProcess(Process process, BufferedReader out, PrintWriter in, URI controlUri) {
    this.process = process;
    this.out = out;
    this.in = in;
    this.controlUri = controlUri;
  }

  /** Starts the server on a free port with the data in {@code dataDir}; JVM options as given. */
  public static ServerProcess start(Path dataDir, List<String> jvmOptions) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(LocalServer.find().mainClass());
    command.add(dataDir.toString());
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    PrintWriter in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    String line = out.readLine();
    // The JVM itself may speak first (JFR's start-up lines).
    while (line != null && !line.startsWith("listening ")) {
      System.err.println("bench server: " + line);
      line = out.readLine();
    }
    if (line == null) {
      process.destroy();
      throw new IOException("the bench server did not start: " + line);
    }
    return new ServerProcess(process, out, in, URI.create(line.substring("listening ".length())));
  }

  public URI controlUri() {
    return controlUri;
  }

  public long pid() {
    return process.pid();
  }

  /** Heap in use after full GCs, and resident size, both in bytes. */
  public synchronized long[] heapAndResident() throws IOException {
    in.println("heap");
    String line = out.readLine();
    while (line != null && !line.startsWith("heap ")) {
      line = out.readLine();
    }
    if (line == null) {
      throw new IOException("the bench server did not report its heap: " + line);
    }
    String[] parts = line.split(" ");
    return new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])};
  }

  /** The server's memory now, without a forced GC: cheap enough to sample during a transfer. */
  public synchronized MemorySample sample() throws IOException {
    in.println("sample");
    String line = out.readLine();
    while (line != null && !line.startsWith("sample ")) {
      line = out.readLine();
    }
    if (line == null) {
      throw new IOException("the bench server did not report its memory");
    }
    return MemorySample.decode(line.substring("sample ".length()));
  }

  /** Ends the server with SIGKILL, as a crash would, and waits until it is gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
  }

  @Override
  public void close() throws IOException {
    in.println("stop");
    try {
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroy();
      }
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
    }
  }
}
