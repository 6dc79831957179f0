package org.mplp.server.control;

import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.websocketx.Utf8FrameValidator;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import org.mplp.server.ServerDescription;
import org.mplp.server.SessionServices;
import org.mplp.server.http.ControlChannelInstaller;
import org.mplp.server.ops.FrameMeter;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.model.Limits;

/** The handlers of a control channel, behind the WebSocket frame decoder. */
public final class ControlChannelPipeline implements ControlChannelInstaller {

  private final ServerDescription description;
  private final SessionServices services;
  private final FrameMeter meter;

  public ControlChannelPipeline(
      ServerDescription description, SessionServices services, FrameMeter meter) {
    this.description = description;
    this.services = services;
    this.meter = meter;
  }

  /**
   * The WebSocket decoder's settings: no single WebSocket frame beyond maxFrameBytes, and protocol
   * violations reported to {@link ControlChannelHandler}, which closes with the registered code
   * (1009 for frame-too-large) rather than the decoder's own text.
   */
  public static WebSocketDecoderConfig decoderConfig(Limits limits) {
    return WebSocketDecoderConfig.newBuilder()
        .maxFramePayloadLength(limits.maxFrameBytes())
        .allowExtensions(false)
        .closeOnProtocolViolation(false)
        .build();
  }

  @Override
  public void install(ChannelPipeline pipeline, Binding binding) {
    pipeline.addLast("ws-utf8-validator", new Utf8FrameValidator(false));
    // A message of several WebSocket frames is limited as a whole, too.
    pipeline.addLast(
        "ws-aggregator", new WebSocketFrameAggregator(description.limits().maxFrameBytes()));
    pipeline.addLast("control", new ControlChannelHandler(binding, description, services, meter));
  }
}
