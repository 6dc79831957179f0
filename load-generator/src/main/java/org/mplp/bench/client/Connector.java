package org.mplp.bench.client;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Opens bench connections to one control channel URI, each bound to a chosen local source address
 * so that more than one address's worth of ports is available (127.0.0.2, 127.0.0.3, ...).
 */
public final class Connector implements AutoCloseable {

  private static final int MAX_FRAME = 1 << 20;

  private final URI target;
  private final Transport transport;
  private final EventLoopGroup group;
  private final Bootstrap bootstrap;

  public Connector(URI target, int threads) {
    this.target = target;
    this.transport = Transport.best();
    this.group = transport.newGroup(threads);
    this.bootstrap =
        new Bootstrap()
            .group(group)
            .channel(transport.channelClass())
            .option(ChannelOption.TCP_NODELAY, true)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 30_000);
  }

  public EventLoopGroup group() {
    return group;
  }

  public String transportName() {
    return transport.name();
  }

  /**
   * Connects from {@code source} (null: the system's choice) and logs in; the connection's {@link
   * MplpConnection#loggedIn()} tells when it is ready.
   */
  public MplpConnection connect(
      InetAddress source, Credential credential, MplpConnection.Listener listener) {
    MplpConnection connection = new MplpConnection(credential, listener);
    WebSocketClientProtocolConfig config =
        WebSocketClientProtocolConfig.newBuilder()
            .webSocketUri(target)
            .subprotocol("mplp.1.json")
            .maxFramePayloadLength(MAX_FRAME)
            .handshakeTimeoutMillis(60_000)
            .build();
    Bootstrap connecting =
        bootstrap
            .clone()
            .handler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    ch.pipeline()
                        .addLast(new HttpClientCodec())
                        .addLast(new HttpObjectAggregator(MAX_FRAME))
                        .addLast(new WebSocketClientProtocolHandler(config))
                        .addLast(connection);
                  }
                });
    InetSocketAddress remote = new InetSocketAddress(target.getHost(), port(target));
    ChannelFuture connect =
        source == null
            ? connecting.connect(remote)
            : connecting.connect(remote, new InetSocketAddress(source, 0));
    connect.addListener(
        f -> {
          if (!f.isSuccess()) {
            connection.loggedIn().completeExceptionally(f.cause());
          }
        });
    return connection;
  }

  /** Connects, logs in, and completes with the ready connection. */
  public CompletableFuture<MplpConnection> login(
      InetAddress source, Credential credential, MplpConnection.Listener listener) {
    MplpConnection connection = connect(source, credential, listener);
    return connection.loggedIn().thenApply(ok -> connection);
  }

  static int port(URI uri) {
    if (uri.getPort() > 0) {
      return uri.getPort();
    }
    return "wss".equals(uri.getScheme()) ? 443 : 80;
  }

  @Override
  public void close() {
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
