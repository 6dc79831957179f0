package org.mplp.server.transport;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Stops reading from a connection while its outgoing data waits to be written, so that a client
 * that does not read cannot make the server buffer answers without bound (REQ-LIMIT-004).
 */
@Sharable
public final class BackpressureHandler extends ChannelInboundHandlerAdapter {

  public static final BackpressureHandler INSTANCE = new BackpressureHandler();

  private BackpressureHandler() {}

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    ctx.channel().config().setAutoRead(ctx.channel().isWritable());
    ctx.fireChannelWritabilityChanged();
  }
}
