package org.mplp.conformance.client.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import java.time.Instant;
import org.mplp.conformance.driver.Binding;
import org.mplp.conformance.driver.ClientFrameReader;
import org.mplp.conformance.driver.FrameWriter;

/** One upgraded control channel: reads the client's frames, logs both ways, runs the session. */
final class ControlHandler extends SimpleChannelInboundHandler<WebSocketFrame> {
  private final ConnectionLog log;
  private final WebSocketServerHandshaker handshaker;
  private final ClientFrameReader reader;
  private final FrameWriter writer;
  private final Script script;
  private ControlSession session;

  ControlHandler(
      Script script, ConnectionLog log, Binding binding, WebSocketServerHandshaker handshaker) {
    this.script = script;
    this.log = log;
    this.handshaker = handshaker;
    this.reader = new ClientFrameReader(binding);
    this.writer = FrameWriter.forBinding(binding);
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    session = new ControlSession(script, outbound(ctx), log);
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
    if (frame instanceof TextWebSocketFrame text) {
      String message = text.text();
      var read = reader.read(message);
      log.add(new FrameLog(true, Instant.now(), message, read));
      session.onFrame(read);
    } else if (frame instanceof CloseWebSocketFrame close) {
      log.clientClosed(close.statusCode(), close.reasonText());
      log.ended("the client");
      handshaker.close(ctx.channel(), close.retain());
    } else if (frame instanceof PingWebSocketFrame ping) {
      ctx.writeAndFlush(new PongWebSocketFrame(ping.content().retain()));
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    log.ended("the network");
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    log.ended("the network");
    ctx.close();
  }

  private Outbound outbound(ChannelHandlerContext ctx) {
    return new Outbound() {
      @Override
      public void send(ObjectNode frame) {
        String text = writer.write(frame);
        log.add(new FrameLog(false, Instant.now(), text, null));
        ctx.writeAndFlush(new TextWebSocketFrame(text));
      }

      @Override
      public void close(int code, String reason) {
        log.ended("the kit");
        ctx.writeAndFlush(new CloseWebSocketFrame(code, reason))
            .addListener(ChannelFutureListener.CLOSE);
      }

      @Override
      public void drop() {
        log.ended("the kit");
        ctx.close();
      }
    };
  }
}
