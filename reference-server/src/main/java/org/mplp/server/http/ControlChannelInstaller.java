package org.mplp.server.http;

import io.netty.channel.ChannelPipeline;
import org.mplp.spec.binding.Binding;

/** Adds the control channel's handlers to a pipeline whose upgrade to WebSocket has begun. */
@FunctionalInterface
public interface ControlChannelInstaller {

  /** Called on the channel's event loop, before any WebSocket frame is read. */
  void install(ChannelPipeline pipeline, Binding binding);
}
