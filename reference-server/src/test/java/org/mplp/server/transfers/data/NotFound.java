package org.mplp.server.transfers.data;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.PrematureChannelClosureException;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import org.mplp.server.http.HttpIdleTimeout;

/** What answers the requests the data channel passes on, in the test server: 404 "not data". */
final class NotFound extends SimpleChannelInboundHandler<FullHttpRequest> {

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    ctx.writeAndFlush(DataResponses.text(HttpResponseStatus.NOT_FOUND, "not data"))
        .addListener(ChannelFutureListener.CLOSE);
  }

  /** An idle timeout ends the connection, as in the server's HTTP handler. */
  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
    if (HttpIdleTimeout.timedOut(event)) {
      ctx.close();
      return;
    }
    super.userEventTriggered(ctx, event);
  }

  /**
   * A connection that ends inside a request's body leaves the aggregator this to say, and the
   * server's HTTP handler closes the connection on it, as here. Anything else reaching the end of
   * the pipeline is a finding.
   */
  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) throws Exception {
    if (cause instanceof PrematureChannelClosureException) {
      ctx.close();
      return;
    }
    super.exceptionCaught(ctx, cause);
  }
}
