package org.mplp.spec.model;

import java.util.List;

/** The message is stored durably and will be delivered to each recipient (spec: Messages, S42). */
public record MessageAccepted(
    String replyTo, String clientMessageId, String sentAt, List<Recipient> recipients)
    implements Reply {
  public static final String TYPE = "message-accepted";

  public MessageAccepted {
    recipients = List.copyOf(recipients);
  }

  /** One recipient device and the id of its copy of the message. */
  public record Recipient(String to, String messageId) {}

  @Override
  public <R> R accept(ServerFrame.Visitor<R> visitor) {
    return visitor.visitMessageAccepted(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
