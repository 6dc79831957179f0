package org.mplp.conformance.runner;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A server the kit starts by itself when no {@code --target} is given. The kit bundles none; a
 * distribution that carries a server registers one as a {@link ServiceLoader} provider (the
 * repository's launcher registers the reference server, for {@code ./mplp conformance}).
 */
public interface LocalTarget {

  /** Starts a fresh server on a free loopback port, with provisioning on; over TLS when asked. */
  Running start(boolean tls) throws IOException;

  /** A started server: where it listens, what to trust over TLS, and how it stops. */
  interface Running extends AutoCloseable {
    /** The control channel's WebSocket URL, ws:// or wss://. */
    URI controlUri();

    /** Over TLS, the PEM file of the one certificate the run trusts. */
    Optional<Path> certificate();

    /** For the run's first line, e.g. "the reference server, in-process". */
    String description();

    @Override
    void close();
  }

  /** The first provider on the class path, if any. */
  static Optional<LocalTarget> find() {
    return ServiceLoader.load(LocalTarget.class).findFirst();
  }
}
