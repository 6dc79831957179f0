package org.mplp.server.http;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketHandshakeException;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import io.netty.handler.ssl.SslHandler;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mplp.spec.binding.Binding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Negotiates the subprotocol of an upgrade request and hands the connection to the control channel;
 * an upgrade that offers none of the server's subprotocols gets 400 (REQ-TRANSPORT-006).
 */
final class WebSocketUpgrade {

  private static final Logger LOG = LoggerFactory.getLogger(WebSocketUpgrade.class);

  private final Set<Binding> bindings;
  private final String endpoint;
  private final WebSocketDecoderConfig decoderConfig;
  private final ControlChannelInstaller installer;

  WebSocketUpgrade(
      Set<Binding> bindings,
      String endpoint,
      WebSocketDecoderConfig decoderConfig,
      ControlChannelInstaller installer) {
    this.bindings = bindings;
    this.endpoint = endpoint;
    this.decoderConfig = decoderConfig;
    this.installer = installer;
  }

  /**
   * Whether the upgrade asks for RFC 6455, the one WebSocket version served (REQ-TRANSPORT-012).
   */
  static boolean isVersion13(FullHttpRequest request) {
    String version = request.headers().get(HttpHeaderNames.SEC_WEBSOCKET_VERSION);
    return version != null && version.strip().equals("13");
  }

  /** Answers the upgrade request; true when the connection is now a WebSocket. */
  boolean upgrade(ChannelHandlerContext ctx, FullHttpRequest request) {
    List<String> offered =
        SubprotocolNegotiation.offered(
            request.headers().getAll(HttpHeaderNames.SEC_WEBSOCKET_PROTOCOL));
    Optional<Binding> chosen = SubprotocolNegotiation.choose(offered, bindings);
    if (chosen.isEmpty()) {
      String body =
          "no supported subprotocol offered; this server supports: "
              + SubprotocolNegotiation.describe(bindings);
      HttpResponses.send(
          ctx, request, HttpResponses.text(HttpResponseStatus.BAD_REQUEST, body), true);
      return false;
    }
    Binding binding = chosen.get();
    WebSocketServerHandshaker handshaker =
        new WebSocketServerHandshakerFactory(
                webSocketUrl(ctx, request), binding.subprotocol(), decoderConfig)
            .newHandshaker(request);
    if (handshaker == null) {
      WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel())
          .addListener(ChannelFutureListener.CLOSE);
      return false;
    }
    try {
      handshaker
          .handshake(ctx.channel(), request)
          .addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
    } catch (WebSocketHandshakeException e) {
      HttpResponses.send(
          ctx, request, HttpResponses.text(HttpResponseStatus.BAD_REQUEST, e.getMessage()), true);
      return false;
    }
    // Still on the event loop: no frame can be read before the control channel is in place.
    installer.install(ctx.pipeline(), binding);
    LOG.debug("{} upgraded to {}", ctx.channel().remoteAddress(), binding.subprotocol());
    return true;
  }

  private String webSocketUrl(ChannelHandlerContext ctx, FullHttpRequest request) {
    String host = request.headers().get(HttpHeaderNames.HOST, "localhost");
    String scheme = ctx.pipeline().get(SslHandler.class) != null ? "wss" : "ws";
    return scheme + "://" + host + endpoint;
  }
}
