package org.mplp.spec.model;

/** A message this device sent will never reach its recipient (spec: Messages). */
public record Undeliverable(String messageId, String clientMessageId, String to, String reason)
    implements ServerFrame {
  public static final String TYPE = "undeliverable";

  /** The recipient device was removed while the message waited for it. */
  public static final String DEVICE_REMOVED = "device-removed";

  @Override
  public <R> R accept(ServerFrame.Visitor<R> visitor) {
    return visitor.visitUndeliverable(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
