package org.mplp.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mplp.server.ops.AdminServer;
import org.mplp.server.ops.ServerMetrics;
import org.mplp.server.tls.ServerTls;
import org.mplp.server.transfers.data.DataChannel;
import org.mplp.server.transport.IoTransport;
import org.mplp.server.transport.ServerStopping;

/**
 * A running reference server: one port for the discovery document and the control channel, over TLS
 * when configured. Usable in-process: {@code try (MplpServer server = MplpServer.start(config)) {
 * ... }}.
 */
public final class MplpServer implements AutoCloseable {

  /** Answers waiting to be written beyond this stop reading from their connection. */
  private static final WriteBufferWaterMark WATER_MARK =
      new WriteBufferWaterMark(32 * 1024, 128 * 1024);

  /** Under the data directory: the bytes of files in transfer (see {@link DataChannel}). */
  static final String SPOOL_DIRECTORY = "spool";

  /** How long a stop waits for its connections to end: the close grace of a control channel. */
  static final long STOP_GRACE_MILLIS = 3000;

  private final ServerConfig config;
  private final Optional<ServerTls> tls;
  private final Storage storage;
  private final DataChannel dataChannel;
  private final IoTransport transport;
  private final EventLoopGroup group;
  private final Channel serverChannel;
  private final ChannelGroup connections;
  private final AdminServer admin;
  private final AtomicBoolean closed = new AtomicBoolean();

  private MplpServer(
      ServerConfig config,
      Optional<ServerTls> tls,
      Storage storage,
      DataChannel dataChannel,
      IoTransport transport,
      EventLoopGroup group,
      Channel serverChannel,
      ChannelGroup connections,
      AdminServer admin) {
    this.config = config;
    this.tls = tls;
    this.storage = storage;
    this.dataChannel = dataChannel;
    this.transport = transport;
    this.group = group;
    this.serverChannel = serverChannel;
    this.connections = connections;
    this.admin = admin;
  }

  /** Ready when the store thread answers a trivial task within a second. */
  private static boolean storeAnswers(Storage storage) {
    try {
      return storage.services().executor().submit(() -> true).get(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      return false;
    }
  }

  /** Where health and metrics are served, when the admin port is on. */
  public Optional<URI> adminBase() {
    return Optional.ofNullable(admin).map(AdminServer::base);
  }

  /**
   * Reads the TLS files, creates the data directory, opens the database, binds the port and starts
   * serving.
   *
   * @throws org.mplp.server.tls.TlsConfigException when the TLS files cannot serve, before anything
   *     else happens
   */
  public static MplpServer start(ServerConfig config) throws IOException {
    Optional<ServerTls> tls =
        config.tls().isPresent()
            ? Optional.of(ServerTls.load(config.tls().get()))
            : Optional.empty();
    Files.createDirectories(config.dataDir());
    Storage storage = Storage.open(config);
    try {
      return start(config, tls, storage);
    } catch (IOException | RuntimeException e) {
      storage.close();
      throw e;
    }
  }

  private static MplpServer start(ServerConfig config, Optional<ServerTls> tls, Storage storage)
      throws IOException {
    DataChannel dataChannel = DataChannel.open(config.dataDir().resolve(SPOOL_DIRECTORY));
    storage.startTransfers(dataChannel.spool());
    IoTransport transport = IoTransport.best();
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(transport.ioHandlerFactory());
    ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    SessionServices services = storage.services();
    ServerMetrics metrics =
        new ServerMetrics(
            services.registry()::onlineCount,
            connections::size,
            services.commits()::waiting,
            config.dataDir().resolve(SPOOL_DIRECTORY));
    services.commits().observe(metrics);
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            .group(group)
            .channel(transport.serverChannel())
            .option(ChannelOption.SO_BACKLOG, 1024)
            .option(ChannelOption.SO_REUSEADDR, true)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
            .childHandler(
                new MplpChannelInitializer(
                    ServerDescription.of(config),
                    storage.services(),
                    tls.map(ServerTls::context).orElse(null),
                    dataChannel,
                    storage.services().transfers(),
                    connections,
                    metrics));
    ChannelFuture bind = bootstrap.bind(config.host(), config.port()).awaitUninterruptibly();
    if (!bind.isSuccess()) {
      group.shutdownGracefully(0, 0, TimeUnit.SECONDS);
      dataChannel.close();
      throw new IOException(
          "cannot listen on "
              + config.host()
              + ":"
              + config.port()
              + ": "
              + bind.cause().getMessage(),
          bind.cause());
    }
    Channel serverChannel = bind.channel();
    AdminServer admin = null;
    if (config.adminPort() >= 0) {
      try {
        admin =
            AdminServer.start(
                group,
                transport.serverChannel(),
                config.adminPort(),
                config.dataDir(),
                metrics,
                () -> serverChannel.isActive() && storeAnswers(storage),
                services.registry()::endAccount);
      } catch (IOException e) {
        serverChannel.close().syncUninterruptibly();
        group.shutdownGracefully(0, 0, TimeUnit.SECONDS);
        dataChannel.close();
        throw e;
      }
    }
    return new MplpServer(
        config, tls, storage, dataChannel, transport, group, serverChannel, connections, admin);
  }

  public ServerConfig config() {
    return config;
  }

  /** The services behind the control channels, for tests that look at the login registry. */
  SessionServices services() {
    return storage.services();
  }

  /** "epoll" or "nio". */
  public String transportName() {
    return transport.name();
  }

  public InetSocketAddress address() {
    return (InetSocketAddress) serverChannel.localAddress();
  }

  /** The port actually bound; differs from the configured one when that was 0. */
  public int boundPort() {
    return address().getPort();
  }

  /** The certificate the server presents, when it speaks TLS. */
  public Optional<X509Certificate> tlsCertificate() {
    return tls.map(ServerTls::certificate);
  }

  /** http://host:port (https:// with TLS), with brackets around an IPv6 host. */
  public URI httpBase() {
    return URI.create(
        (tls.isPresent() ? "https" : "http") + "://" + hostForUri() + ":" + boundPort());
  }

  /** Where the discovery document is served. */
  public URI discoveryUri() {
    return httpBase().resolve(ServerDescription.DISCOVERY_PATH);
  }

  /** The control channel's WebSocket address: ws://, or wss:// with TLS. */
  public URI controlUri() {
    String scheme = tls.isPresent() ? "wss" : "ws";
    return URI.create(
        scheme + "://" + hostForUri() + ":" + boundPort() + ServerDescription.ENDPOINT);
  }

  private String hostForUri() {
    InetSocketAddress address = address();
    String host = address.getAddress().getHostAddress();
    return address.getAddress() instanceof Inet6Address ? "[" + host + "]" : host;
  }

  /** Blocks until {@link #close()} has run, from whichever thread. */
  public void awaitClosed() throws InterruptedException {
    group.terminationFuture().await();
  }

  /**
   * Stops listening, ends every connection (a control channel with the going-away close,
   * REQ-OPEN-012) and ends the event loops. Idempotent; must not be called from one of the server's
   * own event loops.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (admin != null) {
      admin.close();
    }
    serverChannel.close().syncUninterruptibly();
    for (Channel connection : connections) {
      connection.pipeline().fireUserEventTriggered(ServerStopping.EVENT);
    }
    // Clients answer the close at once; one that does not is cut off after the grace period.
    connections.newCloseFuture().awaitUninterruptibly(STOP_GRACE_MILLIS);
    group.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
    dataChannel.close();
    // After the connections: what their ends queued on the store thread runs first.
    storage.close();
  }
}
