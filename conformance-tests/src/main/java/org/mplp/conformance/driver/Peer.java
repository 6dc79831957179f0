package org.mplp.conformance.driver;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;

/** One open connection of a scenario as the driver's flows use it: ids, frames, what arrives. */
public interface Peer {
  /** A fresh frame id. */
  String newId();

  /** Sends a frame's text (and counts it). */
  void send(String text);

  /** Writes frames in the connection's binding. */
  FrameWriter writer();

  /** Sends a frame built by {@link Frames}, written in the connection's binding. */
  default void send(ObjectNode frame) {
    send(writer().write(frame));
  }

  Inbox inbox();

  Duration timeout();
}
