package org.mplp.server.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.ssl.SslHandler;
import org.mplp.server.ServerDescription;
import org.mplp.server.login.Provisioning;
import org.mplp.server.transport.ServerStopping;
import org.mplp.server.web.WebClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the HTTP requests of one connection: the discovery document, the upgrade to the control
 * channel, the web client's files, and 404 for everything else. Removes itself once the connection
 * is a WebSocket.
 */
public final class HttpRequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

  private static final Logger LOG = LoggerFactory.getLogger(HttpRequestHandler.class);

  private final ServerDescription description;
  private final byte[] discoveryDocument;
  private final WebSocketUpgrade upgrade;
  private final ProvisioningEndpoint provisioning;
  private final WebClient webClient;

  /**
   * @param discoveryDocument the rendered document, shared read-only by all connections
   * @param provisioning served when the description lists the profile provisioning
   * @param webClient the browser client's files, served at / and below
   */
  public HttpRequestHandler(
      ServerDescription description,
      byte[] discoveryDocument,
      WebSocketDecoderConfig decoderConfig,
      ControlChannelInstaller installer,
      Provisioning provisioning,
      WebClient webClient) {
    this.description = description;
    this.webClient = webClient;
    this.discoveryDocument = discoveryDocument;
    this.upgrade =
        new WebSocketUpgrade(
            description.bindings(), description.endpoint(), decoderConfig, installer);
    this.provisioning =
        description.hasProfile(ServerDescription.PROVISIONING)
            ? new ProvisioningEndpoint(provisioning)
            : null;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    if (!request.decoderResult().isSuccess()) {
      HttpResponseStatus status = statusForBadRequest(request.decoderResult().cause());
      HttpResponses.send(ctx, request, HttpResponses.text(status, status.reasonPhrase()), true);
      return;
    }
    String path = new QueryStringDecoder(request.uri()).path();
    if (path.equals(ServerDescription.DISCOVERY_PATH)) {
      serveDiscovery(ctx, request);
    } else if (path.equals(description.endpoint())) {
      serveEndpoint(ctx, request);
    } else if (provisioning != null && path.equals(ProvisioningEndpoint.PATH)) {
      if (HttpMethod.POST.equals(request.method())) {
        provisioning.serve(ctx, request);
      } else {
        methodNotAllowed(ctx, request, "POST");
      }
    } else if (webClient.serves(path)) {
      boolean tls = ctx.pipeline().get(SslHandler.class) != null;
      HttpResponses.send(ctx, request, webClient.answer(request, path, tls), false);
    } else {
      HttpResponses.send(
          ctx, request, HttpResponses.text(HttpResponseStatus.NOT_FOUND, "not found"), false);
    }
  }

  private void serveDiscovery(ChannelHandlerContext ctx, FullHttpRequest request) {
    if (!isGetOrHead(request)) {
      methodNotAllowed(ctx, request, "GET, HEAD");
      return;
    }
    var response =
        HttpResponses.response(
            HttpResponseStatus.OK, HttpResponses.APPLICATION_JSON, discoveryDocument);
    response.headers().set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_CACHE);
    HttpResponses.send(ctx, request, response, false);
  }

  private void serveEndpoint(ChannelHandlerContext ctx, FullHttpRequest request) {
    if (!HttpMethod.GET.equals(request.method())) {
      methodNotAllowed(ctx, request, "GET");
      return;
    }
    if (!isWebSocketUpgrade(request)) {
      var response =
          HttpResponses.text(
              HttpResponseStatus.UPGRADE_REQUIRED, "this is a WebSocket endpoint; upgrade to it");
      response.headers().set(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET);
      HttpResponses.send(ctx, request, response, false);
      return;
    }
    if (!WebSocketUpgrade.isVersion13(request)) {
      // Drafts before RFC 6455 frame differently: no size limit or close code of ours holds there.
      var response =
          HttpResponses.text(
              HttpResponseStatus.UPGRADE_REQUIRED,
              "this endpoint speaks WebSocket version 13 (RFC 6455) only");
      response.headers().set(HttpHeaderNames.SEC_WEBSOCKET_VERSION, "13");
      HttpResponses.send(ctx, request, response, true);
      return;
    }
    if (upgrade.upgrade(ctx, request)) {
      // The handshaker took the HTTP codec and aggregator away; the HTTP-only rest goes too.
      ctx.pipeline().remove(this);
      if (ctx.pipeline().get(HttpIdleTimeout.NAME) != null) {
        ctx.pipeline().remove(HttpIdleTimeout.NAME);
      }
      RequestDeadlines.remove(ctx.pipeline());
    }
  }

  private static void methodNotAllowed(
      ChannelHandlerContext ctx, FullHttpRequest request, String allowed) {
    var response = HttpResponses.text(HttpResponseStatus.METHOD_NOT_ALLOWED, "method not allowed");
    response.headers().set(HttpHeaderNames.ALLOW, allowed);
    HttpResponses.send(ctx, request, response, false);
  }

  private static boolean isGetOrHead(FullHttpRequest request) {
    return HttpMethod.GET.equals(request.method()) || HttpMethod.HEAD.equals(request.method());
  }

  private static boolean isWebSocketUpgrade(FullHttpRequest request) {
    return request
            .headers()
            .containsValue(HttpHeaderNames.CONNECTION, HttpHeaderValues.UPGRADE, true)
        && request.headers().contains(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true);
  }

  private static HttpResponseStatus statusForBadRequest(Throwable cause) {
    if (cause instanceof TooLongHttpLineException) {
      return HttpResponseStatus.REQUEST_URI_TOO_LONG;
    }
    if (cause instanceof TooLongHttpHeaderException) {
      return HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
    }
    return HttpResponseStatus.BAD_REQUEST;
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
    if (HttpIdleTimeout.timedOut(event) || event == ServerStopping.EVENT) {
      // An HTTP connection that sends nothing holds a socket for nobody; a stopping server ends
      // every connection, and an interrupted transfer resumes on the next start.
      ctx.close();
    } else {
      super.userEventTriggered(ctx, event);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.debug("HTTP connection {} failed", ctx.channel().remoteAddress(), cause);
    ctx.close();
  }
}
