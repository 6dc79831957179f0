package org.mplp.server.ops;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.ReadTimeoutHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.ToIntFunction;

/**
 * The admin port: on the loopback interface only, beside the server's own port, so that health and
 * metrics reach the operator's agents on the machine and never the devices' network. Its address
 * and token go into the data directory's {@link AdminFile} for the operator's commands.
 */
public final class AdminServer implements AutoCloseable {

  /** The admin port listens here and nowhere else. */
  public static final String HOST = "127.0.0.1";

  private static final int MAX_REQUEST_BYTES = 4096;
  private static final int READ_TIMEOUT_SECONDS = 10;

  private final Channel channel;
  private final ExecutorService adminThread;
  private final Path dataDir;

  private AdminServer(Channel channel, ExecutorService adminThread, Path dataDir) {
    this.channel = channel;
    this.adminThread = adminThread;
    this.dataDir = dataDir;
  }

  /**
   * Binds the admin port (0 for a free one) on {@code group}'s event loops and writes the admin
   * file.
   */
  public static AdminServer start(
      EventLoopGroup group,
      Class<? extends io.netty.channel.ServerChannel> channelType,
      int port,
      Path dataDir,
      ServerMetrics metrics,
      BooleanSupplier ready,
      ToIntFunction<String> endSessions)
      throws IOException {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    ExecutorService adminThread =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "mplp-admin");
              thread.setDaemon(true);
              return thread;
            });
    ChannelFuture bind =
        new ServerBootstrap()
            .group(group)
            .channel(channelType)
            .childHandler(
                new ChannelInitializer<Channel>() {
                  @Override
                  protected void initChannel(Channel child) {
                    child
                        .pipeline()
                        .addLast(new ReadTimeoutHandler(READ_TIMEOUT_SECONDS))
                        .addLast(new HttpServerCodec())
                        .addLast(new HttpObjectAggregator(MAX_REQUEST_BYTES))
                        .addLast(
                            "admin",
                            new AdminRequestHandler(
                                metrics, ready, endSessions, token, adminThread));
                  }
                })
            .bind(HOST, port)
            .awaitUninterruptibly();
    if (!bind.isSuccess()) {
      adminThread.shutdownNow();
      throw new IOException(
          "cannot listen on " + HOST + ":" + port + " for the admin port: " + bind.cause(),
          bind.cause());
    }
    AdminServer server = new AdminServer(bind.channel(), adminThread, dataDir);
    new AdminFile(server.base(), token).write(dataDir);
    return server;
  }

  /** http://127.0.0.1:port */
  public URI base() {
    return URI.create(
        "http://" + HOST + ":" + ((InetSocketAddress) channel.localAddress()).getPort());
  }

  @Override
  public void close() {
    AdminFile.delete(dataDir);
    channel.close().syncUninterruptibly();
    adminThread.shutdownNow();
  }
}
