package org.mplp.spec.model;

import java.util.List;

/** The device has these messages and needs them no more (spec: Messages, S43). */
public record MessageAck(String id, List<String> messageIds) implements ClientFrame {
  public static final String TYPE = "message-ack";

  public MessageAck {
    messageIds = List.copyOf(messageIds);
  }

  @Override
  public <R> R accept(ClientFrame.Visitor<R> visitor) {
    return visitor.visitMessageAck(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
