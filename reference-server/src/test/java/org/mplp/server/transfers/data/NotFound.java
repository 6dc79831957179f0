package org.mplp.server.transfers.data;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;

/** What answers the requests the data channel passes on, in the test server: 404 "not data". */
final class NotFound extends SimpleChannelInboundHandler<FullHttpRequest> {

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    ctx.writeAndFlush(DataResponses.text(HttpResponseStatus.NOT_FOUND, "not data"))
        .addListener(ChannelFutureListener.CLOSE);
  }
}
