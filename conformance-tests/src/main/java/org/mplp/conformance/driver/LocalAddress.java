package org.mplp.conformance.driver;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The IP address the kit's connections to the target leave from: what a server observes when no
 * proxy or NAT stands between them (REQ-LOGIN-011).
 */
public final class LocalAddress {
  /** IPv4 dotted quad or an IPv6 literal: never a host name, so no lookup happens. */
  private static final Pattern IP_LITERAL =
      Pattern.compile("^(?:[0-9]{1,3}(?:\\.[0-9]{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$");

  private LocalAddress() {}

  /** The local address of a TCP connection to the target's host and port. */
  public static InetAddress toward(URI target, Duration timeout) {
    int port = Reachability.port(target);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(target.getHost(), port), (int) timeout.toMillis());
      return socket.getLocalAddress();
    } catch (IOException e) {
      throw new DriverException("The target at " + target + " went away: " + e, e);
    }
  }

  /** The address a server wrote, when it is an IP literal. */
  public static Optional<InetAddress> parse(String text) {
    if (text == null || !IP_LITERAL.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(text));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The same address, or both loopback (a server on ::1 and 127.0.0.1 sees either). */
  public static boolean same(InetAddress a, InetAddress b) {
    return a.equals(b) || a.isLoopbackAddress() && b.isLoopbackAddress();
  }
}
