package org.mplp.spec.model;

import java.util.List;

/** The device has these messages and needs them no more (spec: Messages, S43). */
public record MessageAck(String id, List<String> messageIds) implements Frame {
  public static final String TYPE = "message-ack";

  public MessageAck {
    messageIds = List.copyOf(messageIds);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
