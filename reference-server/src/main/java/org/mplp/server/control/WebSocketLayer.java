package org.mplp.server.control;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.io.IOException;
import java.util.function.BiConsumer;
import org.mplp.server.ServerDescription;
import org.mplp.spec.model.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket messages under a control channel's frames: close, binary and ping, and what the
 * WebSocket codecs report, an over-long message among it (spec: Transport, Limits).
 */
final class WebSocketLayer {

  private static final Logger LOG = LoggerFactory.getLogger(WebSocketLayer.class);

  private final ControlChannel channel;
  private final ChannelClosing closing;
  private final ServerDescription description;
  private final BiConsumer<ChannelHandlerContext, String> text;

  /** With where the text of each text message goes. */
  WebSocketLayer(
      ControlChannel channel,
      ChannelClosing closing,
      ServerDescription description,
      BiConsumer<ChannelHandlerContext, String> text) {
    this.channel = channel;
    this.closing = closing;
    this.description = description;
    this.text = text;
  }

  void read(ChannelHandlerContext ctx, WebSocketFrame frame) {
    if (frame instanceof CloseWebSocketFrame close) {
      closing.onClientClose(ctx, close);
    } else if (channel.state() == ControlChannelState.CLOSING) {
      // Our close frame is out; what the client sent meanwhile is not answered.
      return;
    } else if (frame instanceof TextWebSocketFrame message) {
      text.accept(ctx, message.text());
    } else if (frame instanceof BinaryWebSocketFrame) {
      closing.fail(ctx, ErrorCode.BINARY_FRAME, null, "binary messages carry no frames");
    } else if (frame instanceof PingWebSocketFrame ping) {
      ctx.writeAndFlush(new PongWebSocketFrame(ping.content().retain()));
    }
    // WebSocket pongs need nothing; continuations cannot pass the aggregator.
  }

  void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (cause instanceof IOException) {
      LOG.debug("{} connection failed: {}", ctx.channel().remoteAddress(), cause.toString());
      ctx.close();
    } else if (channel.state() == ControlChannelState.CLOSING) {
      LOG.debug("{} while closing: {}", ctx.channel().remoteAddress(), cause.toString());
    } else if (isTooLarge(cause)) {
      closing.fail(
          ctx,
          ErrorCode.FRAME_TOO_LARGE,
          null,
          "a message is longer than " + description.limits().maxFrameBytes() + " bytes");
    } else if (cause instanceof CorruptedWebSocketFrameException corrupted) {
      LOG.debug(
          "{} broke the WebSocket protocol: {}", ctx.channel().remoteAddress(), cause.toString());
      closing.start(ctx, new CloseWebSocketFrame(corrupted.closeStatus()));
    } else {
      LOG.warn("control channel {} failed", ctx.channel().remoteAddress(), cause);
      closing.start(ctx, new CloseWebSocketFrame(WebSocketCloseStatus.INTERNAL_SERVER_ERROR));
    }
  }

  /** The decoder refuses a long single frame, the aggregator a long message of several. */
  private static boolean isTooLarge(Throwable cause) {
    return cause instanceof TooLongFrameException
        || cause instanceof CorruptedWebSocketFrameException corrupted
            && corrupted.closeStatus().code() == WebSocketCloseStatus.MESSAGE_TOO_BIG.code();
  }
}
