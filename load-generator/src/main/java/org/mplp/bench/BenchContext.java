package org.mplp.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.mplp.bench.server.BenchLimits;
import org.mplp.bench.server.ServerProcess;

/**
 * Where a scenario runs: an external server given by URI, or a reference server the bench starts as
 * a child JVM with {@link BenchLimits}; where setup data and results go.
 */
public final class BenchContext implements AutoCloseable {

  private final Path dataDir;
  private final Path resultsDir;
  private final URI external;
  private final List<String> serverJvmOptions;
  private final PrintStream log;
  private ServerProcess server;

  public BenchContext(
      Path dataDir, Path resultsDir, URI external, List<String> serverJvmOptions, PrintStream log) {
    this.dataDir = dataDir;
    this.resultsDir = resultsDir;
    this.external = external;
    this.serverJvmOptions = serverJvmOptions;
    this.log = log;
  }

  public PrintStream log() {
    return log;
  }

  public Path resultsDir() {
    return resultsDir;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** The control channel to load, starting the local server on first use. */
  public URI target() throws IOException {
    if (external != null) {
      return external;
    }
    if (server == null) {
      server =
          ServerProcess.start(dataDir.resolve("local").resolve("server-data"), serverJvmOptions);
      log.println(
          "bench: reference server (child JVM, pid "
              + server.pid()
              + ") at "
              + server.controlUri());
    }
    return server.controlUri();
  }

  /** The local server, or null when the target is external. */
  public ServerProcess localServer() {
    return server;
  }

  public boolean isLocal() {
    return external == null;
  }

  /** Where a fleet for the current target is cached. */
  public Path fleetFile(String name) {
    String key =
        external == null
            ? "local"
            : external.getHost().replace(':', '_') + "_" + external.getPort();
    return dataDir.resolve(key).resolve(name + ".fleet");
  }

  public String serverDescription() {
    return external == null
        ? "reference server, child JVM " + serverJvmOptions + ", " + BenchLimits.describe()
        : "external server " + external;
  }

  @Override
  public void close() throws IOException {
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
