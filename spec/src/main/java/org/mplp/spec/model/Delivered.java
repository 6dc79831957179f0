package org.mplp.spec.model;

/** A message this device sent was acknowledged by its recipient (spec: Messages). */
public record Delivered(String messageId, String clientMessageId, String to, String deliveredAt)
    implements Frame {
  public static final String TYPE = "delivered";

  @Override
  public String type() {
    return TYPE;
  }
}
