package org.mplp.conformance.client.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Everything about one connection of the client: its upgrade, frames and end. */
public final class ConnectionLog {
  private final int number;
  private final Instant upgradeAt;
  private final List<FrameLog> frames = new ArrayList<>();
  private boolean refused;
  private Instant loginOkAt;
  private boolean badSignature;
  private Integer clientCloseCode;
  private String clientCloseReason;
  private Instant endedAt;
  private String endedBy;

  ConnectionLog(int number, Instant upgradeAt) {
    this.number = number;
    this.upgradeAt = upgradeAt;
  }

  public int number() {
    return number;
  }

  public Instant upgradeAt() {
    return upgradeAt;
  }

  public synchronized List<FrameLog> frames() {
    return List.copyOf(frames);
  }

  synchronized void add(FrameLog frame) {
    frames.add(frame);
  }

  /** The kit closed this attempt at once, as a server that is not ready would. */
  public synchronized boolean refused() {
    return refused;
  }

  synchronized void refuse() {
    refused = true;
  }

  public synchronized Instant loginOkAt() {
    return loginOkAt;
  }

  public synchronized boolean badSignature() {
    return badSignature;
  }

  synchronized void loginOk(boolean wrongSignature) {
    loginOkAt = Instant.now();
    badSignature = wrongSignature;
  }

  /** The close code the client sent in its close frame, or null when it sent none. */
  public synchronized Integer clientCloseCode() {
    return clientCloseCode;
  }

  public synchronized String clientCloseReason() {
    return clientCloseReason;
  }

  synchronized void clientClosed(int code, String reason) {
    clientCloseCode = code;
    clientCloseReason = reason;
  }

  public synchronized Instant endedAt() {
    return endedAt;
  }

  /** "the kit", "the client" or "the network": who ended the connection first. */
  public synchronized String endedBy() {
    return endedBy;
  }

  synchronized void ended(String by) {
    if (endedAt == null) {
      endedAt = Instant.now();
      endedBy = by;
    }
  }

  /** The frames the client sent, in order. */
  public List<FrameLog> fromClient() {
    return frames().stream().filter(FrameLog::fromClient).toList();
  }

  /** The client's login frames on this connection. */
  public List<FrameLog> logins() {
    return frames().stream().filter(f -> f.is("login")).toList();
  }

  public synchronized String render() {
    StringBuilder s =
        new StringBuilder("connection ")
            .append(number)
            .append(" opened ")
            .append(upgradeAt)
            .append(refused ? " (closed at once by the kit)" : "")
            .append('\n');
    for (FrameLog f : frames) {
      s.append(f.fromClient() ? "  client -> kit  " : "  kit -> client  ")
          .append(f.text().replace("\n", " "))
          .append('\n');
      if (f.read() != null && !f.read().valid()) {
        f.read().violations().forEach(v -> s.append("    !! ").append(v).append('\n'));
      }
    }
    if (clientCloseCode != null) {
      s.append("  client closed with ")
          .append(clientCloseCode)
          .append(' ')
          .append(clientCloseReason)
          .append('\n');
    }
    if (endedAt != null) {
      s.append("  ended ").append(endedAt).append(" by ").append(endedBy).append('\n');
    }
    return s.toString();
  }
}
