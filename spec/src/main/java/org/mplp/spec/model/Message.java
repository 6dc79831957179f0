package org.mplp.spec.model;

/**
 * A message for this device, with the sender's address stamped by the server (spec: Messages, S42,
 * S43).
 */
public record Message(
    String messageId,
    String clientMessageId,
    String from,
    String to,
    long seq,
    String sentAt,
    String mediaType,
    String body)
    implements ServerFrame {
  public static final String TYPE = "message";

  @Override
  public <R> R accept(ServerFrame.Visitor<R> visitor) {
    return visitor.visitMessage(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
