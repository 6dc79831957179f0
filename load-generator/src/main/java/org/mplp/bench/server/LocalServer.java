package org.mplp.bench.server;

import java.util.ServiceLoader;

/**
 * The server the bench starts as a child JVM when no --target is given. The load generator bundles
 * none; the repository's launcher registers the reference server as a {@link ServiceLoader}
 * provider. The child speaks the small stdin/stdout protocol {@link ServerProcess} reads.
 */
public interface LocalServer {

  /** The child JVM's main class; its one argument is the data directory. */
  String mainClass();

  /** The first provider on the class path; a bench without one needs --target. */
  static LocalServer find() {
    return ServiceLoader.load(LocalServer.class)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no local server to start on this class path: give --target"));
  }
}
