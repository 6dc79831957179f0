package org.mplp.conformance.steps;

import java.io.IOException;
import java.time.Duration;
import org.mplp.conformance.driver.FrameWriter;
import org.mplp.conformance.driver.Inbox;
import org.mplp.conformance.driver.Peer;
import org.mplp.conformance.driver.RawWebSocket;

/** A connection on the kit's own WebSocket client, as the driver's login and exchanges use it. */
final class RawPeer implements Peer {
  private final RawWebSocket socket;
  private final FrameWriter writer;
  private final Inbox inbox;
  private final Duration timeout;
  private final String idPrefix;
  private int nextId = 1;

  RawPeer(RawWebSocket socket, FrameWriter writer, Duration timeout, String idPrefix) {
    this.socket = socket;
    this.writer = writer;
    this.inbox = new Inbox(socket);
    this.timeout = timeout;
    this.idPrefix = idPrefix;
  }

  RawWebSocket socket() {
    return socket;
  }

  @Override
  public String newId() {
    return idPrefix + nextId++;
  }

  /** A send the socket no longer takes shows as the end of the connection in what follows. */
  @Override
  public void send(String text) {
    try {
      socket.send(text);
    } catch (IOException e) {
      socket.close();
    }
  }

  @Override
  public FrameWriter writer() {
    return writer;
  }

  @Override
  public Inbox inbox() {
    return inbox;
  }

  @Override
  public Duration timeout() {
    return timeout;
  }

  @Override
  public void awaitPace() {
    socket.awaitFullPace();
  }
}
