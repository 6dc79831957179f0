package org.mplp.conformance.client.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.mplp.conformance.driver.Binding;

/**
 * The server the kit plays for a client under test: WebSocket control channel and HTTP on one
 * loopback port, one per scenario, in one binding. It is the kit's own, scripted by the scenario;
 * it shares no code with any server under test.
 */
public final class KitServer implements AutoCloseable {
  /** Uploads the kit takes from a client are small test files; nothing larger is read. */
  private static final int MAX_REQUEST = 16 * 1024 * 1024;

  private final EventLoopGroup group;
  private final Channel listener;
  private final Recording recording = new Recording();

  private KitServer(Script script, Binding binding) throws InterruptedException {
    group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    DataChannel data = new DataChannel(script, recording);
    try {
      listener =
          new ServerBootstrap()
              .group(group)
              .channel(NioServerSocketChannel.class)
              .childHandler(
                  new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                      ch.pipeline()
                          .addLast(new HttpServerCodec())
                          .addLast(new HttpObjectAggregator(MAX_REQUEST))
                          .addLast(new HttpHandler(script, recording, binding, data));
                    }
                  })
              .bind(new InetSocketAddress("127.0.0.1", 0))
              .sync()
              .channel();
    } catch (InterruptedException | RuntimeException e) {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
      throw e;
    }
  }

  /** Starts a server on a free loopback port. */
  public static KitServer start(Script script, Binding binding) throws InterruptedException {
    return new KitServer(script, binding);
  }

  public Recording recording() {
    return recording;
  }

  public int port() {
    return ((InetSocketAddress) listener.localAddress()).getPort();
  }

  /** The control channel's URL: what a client is told to connect to. */
  public URI controlUri() {
    return URI.create("ws://127.0.0.1:" + port() + Welcome.ENDPOINT);
  }

  public URI httpBase() {
    return URI.create("http://127.0.0.1:" + port());
  }

  @Override
  public void close() {
    listener.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
  }
}
