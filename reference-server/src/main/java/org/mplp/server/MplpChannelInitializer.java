package org.mplp.server;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.ssl.SslContext;
import org.mplp.server.control.ControlChannelPipeline;
import org.mplp.server.http.DiscoveryDocumentJson;
import org.mplp.server.http.HttpIdleTimeout;
import org.mplp.server.http.HttpRequestHandler;
import org.mplp.server.transfers.TransferFiles;
import org.mplp.server.transfers.data.DataChannel;
import org.mplp.server.transport.BackpressureHandler;
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

  /** Read from the jar here, at start, so that no event loop waits for the disk. */
  private final WebClient webClient = WebClient.bundled();

  /**
   * @param sslContext null for plaintext; otherwise every connection starts with its handshake, and
   *     a client that does not speak TLS gets no answer in cleartext
   */
  MplpChannelInitializer(
      ServerDescription description,
      SessionServices services,
      SslContext sslContext,
      DataChannel dataChannel,
      TransferFiles transfers) {
    this.description = description;
    this.discoveryDocument = DiscoveryDocumentJson.render(description);
    this.decoderConfig = ControlChannelPipeline.decoderConfig(description.limits());
    this.controlChannel = new ControlChannelPipeline(description, services);
    this.services = services;
    this.sslContext = sslContext;
    this.dataChannel = dataChannel;
    this.transfers = transfers;
  }

  @Override
  protected void initChannel(Channel channel) {
    ChannelPipeline pipeline = channel.pipeline();
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
