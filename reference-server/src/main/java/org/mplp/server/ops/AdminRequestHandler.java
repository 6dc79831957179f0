package org.mplp.server.ops;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.ToIntFunction;

/**
 * The admin port's requests (see README, Operating the server): {@code GET /health/live}, {@code
 * GET /health/ready}, {@code GET /metrics} for anyone who reaches the port, and {@code POST
 * /accounts/<name>/removed} with the admin file's token, which ends the sessions of the account's
 * devices. Answers on the admin thread, off the event loops: readiness asks the store thread, a
 * scrape walks the spool.
 */
final class AdminRequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

  static final String LIVE = "/health/live";
  static final String READY = "/health/ready";
  static final String METRICS = "/metrics";
  static final String ACCOUNTS = "/accounts/";
  static final String REMOVED = "/removed";

  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final ServerMetrics metrics;
  private final BooleanSupplier ready;
  private final ToIntFunction<String> endSessions;
  private final byte[] token;
  private final Executor adminThread;

  /**
   * @param ready whether the server takes connections and its store answers
   * @param endSessions ends the sessions of an account's online devices; answers how many
   * @param adminThread where the answers are made, off the event loop
   */
  AdminRequestHandler(
      ServerMetrics metrics,
      BooleanSupplier ready,
      ToIntFunction<String> endSessions,
      String token,
      Executor adminThread) {
    this.adminThread = adminThread;
    this.metrics = metrics;
    this.ready = ready;
    this.endSessions = endSessions;
    this.token = ("Bearer " + token).getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    // Read what the answer needs now: the request is released when this method returns.
    Request asked =
        new Request(
            request.method(),
            new QueryStringDecoder(request.uri()).path(),
            request.headers().get(HttpHeaderNames.AUTHORIZATION, ""),
            HttpUtil.isKeepAlive(request));
    adminThread.execute(() -> serve(ctx, asked));
  }

  /** What an admin request asks for, copied off the event loop's buffers. */
  private record Request(HttpMethod method, String path, String authorization, boolean keepAlive) {}

  private void serve(ChannelHandlerContext ctx, Request request) {
    String path = request.path();
    boolean get = HttpMethod.GET.equals(request.method());
    if (get && path.equals(LIVE)) {
      answer(ctx, request, HttpResponseStatus.OK, "text/plain", "live\n");
    } else if (get && path.equals(READY)) {
      boolean isReady = ready.getAsBoolean();
      answer(
          ctx,
          request,
          isReady ? HttpResponseStatus.OK : HttpResponseStatus.SERVICE_UNAVAILABLE,
          "text/plain",
          isReady ? "ready\n" : "not ready\n");
    } else if (get && path.equals(METRICS)) {
      answer(ctx, request, HttpResponseStatus.OK, PROMETHEUS_TEXT, metrics.scrape());
    } else if (path.startsWith(ACCOUNTS) && path.endsWith(REMOVED)) {
      accountRemoved(ctx, request, path);
    } else {
      answer(ctx, request, HttpResponseStatus.NOT_FOUND, "text/plain", "not found\n");
    }
  }

  private void accountRemoved(ChannelHandlerContext ctx, Request request, String path) {
    if (!HttpMethod.POST.equals(request.method())) {
      answer(ctx, request, HttpResponseStatus.METHOD_NOT_ALLOWED, "text/plain", "POST only\n");
      return;
    }
    byte[] given = request.authorization().getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(given, token)) {
      answer(ctx, request, HttpResponseStatus.FORBIDDEN, "text/plain", "not the admin token\n");
      return;
    }
    String account = path.substring(ACCOUNTS.length(), path.length() - REMOVED.length());
    int ended = endSessions.applyAsInt(account);
    answer(ctx, request, HttpResponseStatus.OK, "text/plain", ended + "\n");
  }

  private static void answer(
      ChannelHandlerContext ctx,
      Request request,
      HttpResponseStatus status,
      String contentType,
      String body) {
    FullHttpResponse response =
        new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1, status, Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
    HttpUtil.setContentLength(response, response.content().readableBytes());
    boolean keepAlive = request.keepAlive();
    if (!keepAlive) {
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
    }
    var written = ctx.writeAndFlush(response);
    if (!keepAlive) {
      written.addListener(ChannelFutureListener.CLOSE);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }
}
