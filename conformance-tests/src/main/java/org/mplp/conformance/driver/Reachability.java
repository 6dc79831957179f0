package org.mplp.conformance.driver;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;

/**
 * Tells a target that dropped a connection from a target that went away: the first is the target's
 * fault, the second the environment's.
 */
public final class Reachability {
  private Reachability() {}

  /** Throws a {@link DriverException} when nothing accepts TCP connections at the target. */
  public static void requireReachable(URI target, Duration timeout) {
    int port = port(target);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(target.getHost(), port), (int) timeout.toMillis());
    } catch (IOException e) {
      throw new DriverException("The target at " + target + " went away: " + e, e);
    }
  }

  /** The target's port, or its scheme's default (443 for wss and https, else 80). */
  static int port(URI target) {
    if (target.getPort() > 0) {
      return target.getPort();
    }
    String scheme = target.getScheme();
    return "wss".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme) ? 443 : 80;
  }
}
