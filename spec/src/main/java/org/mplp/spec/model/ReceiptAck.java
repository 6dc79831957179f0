package org.mplp.spec.model;

import java.util.List;

/**
 * The sending device has the receipts of these messages and needs them no more (spec: Messages,
 * Receipts).
 */
public record ReceiptAck(String id, List<String> messageIds) implements ClientFrame {
  public static final String TYPE = "receipt-ack";

  public ReceiptAck {
    messageIds = List.copyOf(messageIds);
  }

  @Override
  public <R> R accept(ClientFrame.Visitor<R> visitor) {
    return visitor.visitReceiptAck(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
