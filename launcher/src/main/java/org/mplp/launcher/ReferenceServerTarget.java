package org.mplp.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.mplp.conformance.runner.LocalTarget;
import org.mplp.server.MplpServer;
import org.mplp.server.ServerConfig;
import org.mplp.server.TlsConfig;
import org.mplp.server.tls.SelfSignedTls;

/**
 * The reference server as the kit's local target: {@code ./mplp conformance} without --target
 * starts it in-process, on a free loopback port, with a throwaway data directory and provisioning
 * on (a test deployment, REQ-PROVISION-003); over TLS with a new self-signed certificate.
 */
public final class ReferenceServerTarget implements LocalTarget {

  @Override
  public Running start(boolean tls) throws IOException {
    Path dataDir = Files.createTempDirectory("mplp-conformance-");
    try {
      ServerConfig config =
          ServerConfig.defaults().withPort(0).withDataDir(dataDir).withProvisioning(true);
      Optional<Path> certificate = Optional.empty();
      if (tls) {
        TlsConfig files = SelfSignedTls.ensure(dataDir, "127.0.0.1").files();
        config = config.withTls(files);
        certificate = Optional.of(files.certificateChain());
      }
      return new Started(MplpServer.start(config), dataDir, certificate);
    } catch (IOException | RuntimeException e) {
      deleteTree(dataDir);
      throw e;
    }
  }

  private record Started(MplpServer server, Path dataDir, Optional<Path> certificate)
      implements Running {

    @Override
    public URI controlUri() {
      return server.controlUri();
    }

    @Override
    public String description() {
      return "the reference server in-process";
    }

    @Override
    public void close() {
      server.close();
      deleteTree(dataDir);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(ReferenceServerTarget::delete);
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
