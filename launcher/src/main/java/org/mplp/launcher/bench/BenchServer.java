package org.mplp.launcher.bench;

import org.mplp.bench.server.LocalServer;

/** Registers the reference server as the bench's local server. */
public final class BenchServer implements LocalServer {

  @Override
  public String mainClass() {
    return BenchServerMain.class.getName();
  }
}
