package org.mplp.conformance.runner;

import java.net.URI;

/**
 * The reference server, started in-process when no --target is given. The one class of the kit that
 * may use the reference server's classes.
 */
final class EmbeddedTarget implements AutoCloseable {
  private EmbeddedTarget() {}

  /** Thrown when this build carries no reference server to start. */
  static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    Unavailable(String message) {
      super(message);
    }
  }

  static EmbeddedTarget start() throws Unavailable {
    throw new Unavailable(
        "this build has no in-process reference server yet; give --target ws://HOST:PORT/PATH");
  }

  URI target() {
    throw new IllegalStateException("not started");
  }

  @Override
  public void close() {}
}
