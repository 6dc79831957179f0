package org.mplp.server.control;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.mplp.spec.binding.FrameCodec;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.ErrorFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a control channel ends: a fatal error and our close with its registered code, the grace
 * period for the client's answer, and the answer to a close the client starts (spec: Errors).
 */
final class ChannelClosing {

  private static final Logger LOG = LoggerFactory.getLogger(ChannelClosing.class);

  /** How long the client may take to answer our close frame before the TCP connection goes. */
  static final long GRACE_MILLIS = 2000;

  private final ControlChannel channel;
  private final FrameCodec codec;
  private final Runnable cancelHelloTimeout;
  private ScheduledFuture<?> closeGrace;

  ChannelClosing(ControlChannel channel, FrameCodec codec, Runnable cancelHelloTimeout) {
    this.channel = channel;
    this.codec = codec;
    this.cancelHelloTimeout = cancelHelloTimeout;
  }

  /** Takes the client's close frame: the end of our closing handshake, or the start of its own. */
  void onClientClose(ChannelHandlerContext ctx, CloseWebSocketFrame close) {
    if (channel.state() == ControlChannelState.CLOSING) {
      // The client's answer to our close: the closing handshake is complete.
      ctx.close();
      return;
    }
    channel.state(ControlChannelState.CLOSING);
    cancelHelloTimeout.run();
    // Echo the client's status, as RFC 6455 section 5.5.1 suggests, then end the connection.
    ctx.writeAndFlush(new CloseWebSocketFrame(true, 0, close.content().retainedDuplicate()))
        .addListener(ChannelFutureListener.CLOSE);
  }

  /** Sends a fatal error and closes with its registered code, the code being the reason. */
  void fail(ChannelHandlerContext ctx, ErrorCode code, String replyTo, String message) {
    if (channel.state() == ControlChannelState.CLOSING) {
      return;
    }
    LOG.debug("{} fails with {}: {}", ctx.channel().remoteAddress(), code.code(), message);
    ctx.write(
        new TextWebSocketFrame(
            codec.encode(new ErrorFrame(replyTo, code.code(), true, message, null, null))));
    start(ctx, new CloseWebSocketFrame(code.closeCode(), code.code()));
  }

  /** Closes with 1000, the normal end of a session, unless a close is already under way. */
  void closeNormally(ChannelHandlerContext ctx, String reason) {
    if (channel.state() != ControlChannelState.CLOSING) {
      start(ctx, new CloseWebSocketFrame(WebSocketCloseStatus.NORMAL_CLOSURE.code(), reason));
    }
  }

  /** Sends our close frame and gives the client the grace period to answer it. */
  void start(ChannelHandlerContext ctx, CloseWebSocketFrame close) {
    channel.state(ControlChannelState.CLOSING);
    cancelHelloTimeout.run();
    ctx.writeAndFlush(close).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
    // Reading goes on, so the client's close frame ends the connection cleanly; if it does not
    // come, the connection ends anyway.
    closeGrace = ctx.executor().schedule(() -> ctx.close(), GRACE_MILLIS, TimeUnit.MILLISECONDS);
  }

  void cancelGrace() {
    if (closeGrace != null) {
      closeGrace.cancel(false);
      closeGrace = null;
    }
  }
}
