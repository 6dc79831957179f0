package org.mplp.conformance.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.mplp.server.MplpServer;
import org.mplp.server.ServerConfig;
import org.mplp.server.TlsConfig;

/**
 * The reference server, started in-process on a free loopback port with a throwaway data directory,
 * when no --target is given; with --embedded-tls over TLS, with a certificate the kit made. The one
 * class of the kit that may use the reference server's classes; everything else speaks to it over
 * the wire like to any other server.
 */
final class EmbeddedTarget implements AutoCloseable {
  private final MplpServer server;
  private final Path dataDir;
  private final Optional<X509Certificate> certificate;

  private EmbeddedTarget(MplpServer server, Path dataDir, Optional<X509Certificate> certificate) {
    this.server = server;
    this.dataDir = dataDir;
    this.certificate = certificate;
  }

  /** The reference server could not start: the environment, reported as bad configuration. */
  static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Starts the server; with {@code tls}, over TLS with a new self-signed certificate. */
  static EmbeddedTarget start(boolean tls) throws Unavailable {
    Path dataDir = null;
    try {
      dataDir = Files.createTempDirectory("mplp-conformance-");
      // Provisioning on: the in-process server is a throwaway test deployment (REQ-PROVISION-003).
      ServerConfig config =
          ServerConfig.defaults().withPort(0).withDataDir(dataDir).withProvisioning(true);
      Optional<X509Certificate> certificate = Optional.empty();
      if (tls) {
        EmbeddedCertificate made = EmbeddedCertificate.create(dataDir.resolve("kit-tls"));
        config = config.withTls(new TlsConfig(made.chainFile(), made.keyFile()));
        certificate = Optional.of(made.certificate());
      }
      return new EmbeddedTarget(MplpServer.start(config), dataDir, certificate);
    } catch (IOException | RuntimeException e) {
      if (dataDir != null) {
        deleteTree(dataDir);
      }
      throw new Unavailable("the reference server did not start in-process: " + e, e);
    }
  }

  /** The control channel's WebSocket URL: ws://, or wss:// over TLS. */
  URI target() {
    return server.controlUri();
  }

  /** The self-signed certificate the server presents over TLS: the one certificate to trust. */
  Optional<X509Certificate> certificate() {
    return certificate;
  }

  @Override
  public void close() {
    server.close();
    deleteTree(dataDir);
  }

  private static void deleteTree(Path dataDir) {
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(EmbeddedTarget::delete);
    } catch (IOException | UncheckedIOException e) {
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
