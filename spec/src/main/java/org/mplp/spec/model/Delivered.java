package org.mplp.spec.model;

/** A message this device sent was acknowledged by its recipient (spec: Messages). */
public record Delivered(String messageId, String clientMessageId, String to, String deliveredAt)
    implements ServerFrame {
  public static final String TYPE = "delivered";

  @Override
  public <R> R accept(ServerFrame.Visitor<R> visitor) {
    return visitor.visitDelivered(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
