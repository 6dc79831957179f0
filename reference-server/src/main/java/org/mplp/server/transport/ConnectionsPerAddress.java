package org.mplp.server.transport;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.AttributeKey;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Caps the connections one IP address holds open at once, HTTP and control channels together
 * (maxConnectionsPerAddress, REQ-LIMIT-009): one that would pass the cap is closed before anything
 * is read from it, so one address cannot take the sockets everyone else needs. First in every
 * pipeline, before TLS.
 */
@Sharable
public final class ConnectionsPerAddress extends ChannelInboundHandlerAdapter {

  private static final AttributeKey<InetAddress> COUNTED =
      AttributeKey.valueOf(ConnectionsPerAddress.class, "counted");

  private final int cap;
  private final ConcurrentHashMap<InetAddress, Integer> open = new ConcurrentHashMap<>();

  public ConnectionsPerAddress(int cap) {
    this.cap = cap;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    SocketAddress remote = ctx.channel().remoteAddress();
    if (!(remote instanceof InetSocketAddress inet) || inet.getAddress() == null) {
      ctx.fireChannelActive();
      return;
    }
    InetAddress address = inet.getAddress();
    int count = open.merge(address, 1, Integer::sum);
    ctx.channel().attr(COUNTED).set(address);
    if (count > cap) {
      ctx.close();
      return;
    }
    ctx.fireChannelActive();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    InetAddress address = ctx.channel().attr(COUNTED).getAndSet(null);
    if (address != null) {
      open.computeIfPresent(address, (key, count) -> count == 1 ? null : count - 1);
    }
    ctx.fireChannelInactive();
  }

  /** Connections open from the address now, for tests and metrics. */
  public int openFrom(InetAddress address) {
    return open.getOrDefault(address, 0);
  }
}
