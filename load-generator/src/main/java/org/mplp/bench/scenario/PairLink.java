package org.mplp.bench.scenario;

import io.netty.channel.EventLoop;

/**
 * One sender and one recipient on some server; the engine calls {@link #send} on {@link
 * #eventLoop()}, and the link reports back through {@link MessageLoad#delivered} and {@link
 * MessageLoad#accepted}.
 */
public interface PairLink {

  /** The sender connection's event loop: sends happen there, so never across threads. */
  EventLoop eventLoop();

  /** Sends one message whose intended send time (System.nanoTime) is carried in its id. */
  void send(String messageKey);
}
