package org.mplp.server.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;

/** Writes complete HTTP responses, keeping the connection open only where that is safe. */
final class HttpResponses {

  static final String TEXT_PLAIN = "text/plain; charset=utf-8";
  static final String APPLICATION_JSON = "application/json";

  private HttpResponses() {}

  static FullHttpResponse response(HttpResponseStatus status, String contentType, byte[] body) {
    FullHttpResponse response =
        new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
    response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
    return response;
  }

  static FullHttpResponse text(HttpResponseStatus status, String body) {
    return response(status, TEXT_PLAIN, (body + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Sends a response to a request; HEAD gets the headers only. The connection stays open when the
   * client asked for keep-alive and {@code close} is false.
   */
  static void send(
      ChannelHandlerContext ctx, HttpRequest request, FullHttpResponse response, boolean close) {
    if (HttpMethod.HEAD.equals(request.method())) {
      response.content().clear();
    }
    boolean keepAlive = !close && HttpUtil.isKeepAlive(request);
    if (!keepAlive) {
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    } else if (request.protocolVersion().equals(HttpVersion.HTTP_1_0)) {
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
    }
    ctx.writeAndFlush(response)
        .addListener(
            keepAlive ? ChannelFutureListener.CLOSE_ON_FAILURE : ChannelFutureListener.CLOSE);
  }
}
