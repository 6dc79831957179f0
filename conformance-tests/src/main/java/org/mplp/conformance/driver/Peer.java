package org.mplp.conformance.driver;

import java.time.Duration;

/** One open connection of a scenario as the driver's flows use it: ids, frames, what arrives. */
public interface Peer {
  /** A fresh frame id. */
  String newId();

  /** Sends a frame's text (and counts it). */
  void send(String text);

  FrameTexts texts();

  Inbox inbox();

  Duration timeout();
}
