package org.mplp.server.transfers.data;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.mplp.server.http.HttpIdleTimeout;
import org.mplp.server.transport.BackpressureHandler;

/**
 * A server on a free loopback port whose connections have the data channel where the reference
 * server puts it (after the HTTP codec, before the aggregator), with the server's write water mark.
 * Requests that are not data requests reach {@link NotFound}.
 */
final class DataTestServer implements AutoCloseable {

  final FakeTransfers transfers = new FakeTransfers();
  final DataChannel dataChannel;
  private final EventLoopGroup group;
  private final Channel server;

  DataTestServer(Path spool) throws InterruptedException {
    this(spool, 0, 0);
  }

  /**
   * With {@code idleSeconds} above zero, connections carry the server's HTTP idle timeout, and
   * {@link NotFound} closes them when it times out, as the server's HTTP handler does. With {@code
   * sendBufferBytes} above zero, each connection's kernel send buffer is that small, as on a slow
   * link where the kernel has no reason to grow it: the server's writes then move as fast as the
   * client reads.
   */
  DataTestServer(Path spool, int idleSeconds, int sendBufferBytes) throws InterruptedException {
    dataChannel = DataChannel.open(spool);
    group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    server =
        new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .childOption(
                ChannelOption.WRITE_BUFFER_WATER_MARK,
                new WriteBufferWaterMark(32 * 1024, 128 * 1024))
            .childHandler(
                new ChannelInitializer<>() {
                  @Override
                  protected void initChannel(Channel channel) {
                    if (sendBufferBytes > 0) {
                      channel.config().setOption(ChannelOption.SO_SNDBUF, sendBufferBytes);
                    }
                    if (idleSeconds > 0) {
                      channel.pipeline().addLast(new HttpIdleTimeout(idleSeconds));
                    }
                    channel
                        .pipeline()
                        .addLast(BackpressureHandler.INSTANCE)
                        .addLast(new HttpServerCodec())
                        .addLast(dataChannel.newHandler(transfers))
                        .addLast(new HttpObjectAggregator(65536))
                        .addLast(new NotFound());
                  }
                })
            .bind("127.0.0.1", 0)
            .sync()
            .channel();
  }

  int port() {
    return ((InetSocketAddress) server.localAddress()).getPort();
  }

  /** Uploads {@code file} whole, in one {@code PUT}; returns the status of the answer. */
  int putWhole(String path, String uploadToken, byte[] file) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + uploadToken)
                .PUT(BodyPublishers.ofByteArray(file))
                .build(),
            BodyHandlers.discarding())
        .statusCode();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port() + path);
  }

  @Override
  public void close() {
    server.close().syncUninterruptibly();
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    dataChannel.close();
  }
}
