package org.mplp.server.control;

import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/** The IP address a connection comes from, as the server observes it (S25, REQ-LOGIN-011). */
final class RemoteIp {

  /** The schema's bounds of lastIp. */
  private static final int MAX_LENGTH = 45;

  private RemoteIp() {}

  static String of(Channel channel) {
    SocketAddress address = channel.remoteAddress();
    if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
      String ip = inet.getAddress().getHostAddress();
      // An IPv6 scope ("%eth0") names an interface of this host, not the peer.
      int scope = ip.indexOf('%');
      return scope < 0 ? ip : ip.substring(0, scope);
    }
    // Not an IP connection (an in-memory channel in tests): a stand-in within the schema's bounds.
    String text = String.valueOf(address);
    if (text.length() < 2) {
      return "unknown";
    }
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
  }
}
