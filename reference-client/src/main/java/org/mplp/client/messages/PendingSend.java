package org.mplp.client.messages;

import java.util.concurrent.CompletableFuture;
import org.mplp.spec.model.MessageAccepted;
import org.mplp.spec.model.Send;

/**
 * A message given to the client and not yet accepted by the server. Its clientMessageId stays the
 * same through every re-send, so the server stores it once however often it arrives (REQ-MSG-009).
 */
public final class PendingSend {
  private final String clientMessageId;
  private final String to;
  private final String mediaType;
  private final String body;
  private final CompletableFuture<MessageAccepted> accepted = new CompletableFuture<>();
  private boolean inFlight;
  private boolean held;

  PendingSend(String clientMessageId, String to, String mediaType, String body) {
    this.clientMessageId = clientMessageId;
    this.to = to;
    this.mediaType = mediaType;
    this.body = body;
  }

  public String clientMessageId() {
    return clientMessageId;
  }

  public String to() {
    return to;
  }

  /** The send frame for one attempt; each attempt has its own frame id. */
  public Send frame(String frameId) {
    return new Send(frameId, clientMessageId, to, null, mediaType, body);
  }

  /** Completes when the server has stored the message, or fails when it refused it. */
  public CompletableFuture<MessageAccepted> accepted() {
    return accepted;
  }

  /** Whether an attempt is on the wire, waiting for its answer. */
  public boolean inFlight() {
    return inFlight;
  }

  public void inFlight(boolean value) {
    inFlight = value;
  }

  /** Whether it waits to be sent again after a refusal that asked for that. */
  public boolean held() {
    return held;
  }

  public void held(boolean value) {
    held = value;
  }

  /** Neither on the wire nor held: it may go out now. */
  boolean ready() {
    return !inFlight && !held;
  }
}
