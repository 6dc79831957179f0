package org.mplp.conformance.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.mplp.server.MplpServer;
import org.mplp.server.ServerConfig;

/**
 * The reference server, started in-process on a free loopback port with a throwaway data directory,
 * when no --target is given. The one class of the kit that may use the reference server's classes;
 * everything else speaks to it over the wire like to any other server.
 */
final class EmbeddedTarget implements AutoCloseable {
  private final MplpServer server;
  private final Path dataDir;

  private EmbeddedTarget(MplpServer server, Path dataDir) {
    this.server = server;
    this.dataDir = dataDir;
  }

  /** The reference server could not start: the environment, reported as bad configuration. */
  static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static EmbeddedTarget start() throws Unavailable {
    try {
      Path dataDir = Files.createTempDirectory("mplp-conformance-");
      // Provisioning on: the in-process server is a throwaway test deployment (REQ-PROVISION-003).
      ServerConfig config =
          ServerConfig.defaults().withPort(0).withDataDir(dataDir).withProvisioning(true);
      return new EmbeddedTarget(MplpServer.start(config), dataDir);
    } catch (IOException | RuntimeException e) {
      throw new Unavailable("the reference server did not start in-process: " + e, e);
    }
  }

  /** The control channel's WebSocket URL. */
  URI target() {
    return server.controlUri();
  }

  @Override
  public void close() {
    server.close();
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(EmbeddedTarget::delete);
    } catch (IOException e) {
      // a leftover temporary directory is not worth failing the run
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
