package org.mplp.conformance.client.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import java.nio.charset.StandardCharsets;
import org.mplp.conformance.driver.Binding;

/**
 * Plain HTTP on the kit's port: the discovery document, the data channel, and the upgrade of the
 * control channel, which it records (and refuses with 503, closing at once, while the script says
 * so).
 */
final class HttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  private static final int MAX_FRAME = 65_536;

  private final Script script;
  private final Recording recording;
  private final Binding binding;
  private final DataChannel data;

  HttpHandler(Script script, Recording recording, Binding binding, DataChannel data) {
    this.script = script;
    this.recording = recording;
    this.binding = binding;
    this.data = data;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    String path = new QueryStringDecoder(request.uri()).path();
    if (path.equals(Welcome.ENDPOINT)
        && request.headers().containsValue(HttpHeaderNames.UPGRADE, "websocket", true)) {
      upgrade(ctx, request);
    } else if (path.equals("/.well-known/mplp")) {
      byte[] body = Welcome.discovery(binding).toString().getBytes(StandardCharsets.UTF_8);
      FullHttpResponse response =
          new DefaultFullHttpResponse(
              HttpVersion.HTTP_1_1, HttpResponseStatus.OK, Unpooled.wrappedBuffer(body));
      response.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
      HttpUtil.setContentLength(response, body.length);
      ctx.writeAndFlush(response);
    } else if (DataChannel.handles(path)) {
      data.handle(ctx, request, path);
    } else {
      FullHttpResponse response =
          new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_FOUND);
      HttpUtil.setContentLength(response, 0);
      ctx.writeAndFlush(response);
    }
  }

  private void upgrade(ChannelHandlerContext ctx, FullHttpRequest request) {
    ConnectionLog log = recording.open();
    synchronized (script) {
      if (script.refusing > 0) {
        // An answer, not a bare close: an HTTP client may repeat a request that got none.
        script.refusing--;
        log.refuse();
        log.ended("the kit");
        FullHttpResponse busy =
            new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, HttpResponseStatus.SERVICE_UNAVAILABLE);
        busy.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        HttpUtil.setContentLength(busy, 0);
        ctx.writeAndFlush(busy).addListener(ChannelFutureListener.CLOSE);
        return;
      }
    }
    String url = "ws://" + request.headers().get(HttpHeaderNames.HOST) + Welcome.ENDPOINT;
    WebSocketServerHandshaker handshaker =
        new WebSocketServerHandshakerFactory(url, binding.subprotocol(), false, MAX_FRAME)
            .newHandshaker(request);
    if (handshaker == null) {
      WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel());
      log.ended("the kit");
      return;
    }
    ControlHandler control = new ControlHandler(script, log, binding, handshaker);
    handshaker
        .handshake(ctx.channel(), request)
        .addListener(
            done -> {
              if (done.isSuccess()) {
                ctx.pipeline().addLast(new WebSocketFrameAggregator(MAX_FRAME));
                ctx.pipeline().addLast(control);
                ctx.pipeline().remove(this);
              } else {
                log.ended("the network");
                ctx.close();
              }
            });
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }
}
