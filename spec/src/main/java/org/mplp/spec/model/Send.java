package org.mplp.spec.model;

/**
 * A message to one device of the account, or to all others with {@code to} = {@code *}; {@code
 * from} is the sender's unchecked claim, null when absent (spec: Messages, S41).
 */
public record Send(
    String id, String clientMessageId, String to, String from, String mediaType, String body)
    implements ClientFrame {
  public static final String TYPE = "send";

  /** The recipient that means every other device of the account. */
  public static final String ALL_DEVICES = "*";

  @Override
  public <R> R accept(ClientFrame.Visitor<R> visitor) {
    return visitor.visitSend(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
