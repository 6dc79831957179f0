package org.mplp.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.group.ChannelGroup;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.ssl.SslContext;
import org.mplp.server.control.ControlChannelPipeline;
import org.mplp.server.http.DiscoveryDocumentJson;
import org.mplp.server.http.HttpIdleTimeout;
import org.mplp.server.http.HttpRequestHandler;
import org.mplp.server.http.RequestDeadlines;
import org.mplp.server.ops.FrameMeter;
import org.mplp.server.transfers.TransferFiles;
import org.mplp.server.transfers.data.DataChannel;
import org.mplp.server.transport.BackpressureHandler;
import org.mplp.server.transport.ConnectionsPerAddress;
import org.mplp.server.web.WebClient;

/**
 * The pipeline of a new connection: TLS when configured, then HTTP; data requests stream through
 * the data channel before anything aggregates a body; an upgrade at the endpoint turns the
 * connection into a control channel (see {@link HttpRequestHandler} and {@link
 * ControlChannelPipeline}).
 */
final class MplpChannelInitializer extends ChannelInitializer<Channel> {

  /** Longest request line, and all header lines together, in bytes. */
  static final int MAX_INITIAL_LINE_BYTES = 4096;

  static final int MAX_HEADER_BYTES = 8192;

  /** Largest request body; nothing takes one yet (provisioning ignores its body). */
  static final int MAX_CONTENT_BYTES = 65536;

  static final int HTTP_IDLE_SECONDS = 30;

  private final ServerDescription description;
  private final byte[] discoveryDocument;
  private final WebSocketDecoderConfig decoderConfig;
  private final ControlChannelPipeline controlChannel;
  private final SessionServices services;
  private final SslContext sslContext;
  private final DataChannel dataChannel;
  private final TransferFiles transfers;
  private final ConnectionsPerAddress connectionsPerAddress;
  private final ChannelGroup connections;

  /** Read from the jar here, at start, so that no event loop waits for the disk. */
  private final WebClient webClient = WebClient.bundled();

  /**
   * @param sslContext null for plaintext; otherwise every connection starts with its handshake, and
   *     a client that does not speak TLS gets no answer in cleartext
   * @param connections where every connection goes, so that a stopping server can end each
   */
  MplpChannelInitializer(
      ServerDescription description,
      SessionServices services,
      SslContext sslContext,
      DataChannel dataChannel,
      TransferFiles transfers,
      ChannelGroup connections,
      FrameMeter meter) {
    this.description = description;
    this.discoveryDocument = DiscoveryDocumentJson.render(description);
    this.decoderConfig = ControlChannelPipeline.decoderConfig(description.limits());
    this.controlChannel = new ControlChannelPipeline(description, services, meter);
    this.services = services;
    this.sslContext = sslContext;
    this.dataChannel = dataChannel;
    this.transfers = transfers;
    this.connections = connections;
    this.connectionsPerAddress =
        new ConnectionsPerAddress(description.limits().maxConnectionsPerAddress());
  }

  @Override
  protected void initChannel(Channel channel) {
    connections.add(channel);
    ChannelPipeline pipeline = channel.pipeline();
    pipeline.addLast("connections-per-address", connectionsPerAddress);
    if (sslContext != null) {
      pipeline.addLast("tls", sslContext.newHandler(channel.alloc()));
    }
    pipeline.addLast("backpressure", BackpressureHandler.INSTANCE);
    pipeline.addLast(HttpIdleTimeout.NAME, new HttpIdleTimeout(HTTP_IDLE_SECONDS));
    pipeline.addLast(
        "http-codec",
        new HttpServerCodec(
            new HttpDecoderConfig()
                .setMaxInitialLineLength(MAX_INITIAL_LINE_BYTES)
                .setMaxHeaderSize(MAX_HEADER_BYTES)));
    new RequestDeadlines(
            description.limits().requestHeadSeconds(),
            description.limits().requestBodyIdleSeconds())
        .addAround(pipeline, "http-codec");
    pipeline.addLast("data", dataChannel.newHandler(transfers));
    pipeline.addLast("http-aggregator", new HttpObjectAggregator(MAX_CONTENT_BYTES));
    pipeline.addLast(
        "http",
        new HttpRequestHandler(
            description,
            discoveryDocument,
            decoderConfig,
            controlChannel,
            services.provisioning(),
            webClient));
  }
}
