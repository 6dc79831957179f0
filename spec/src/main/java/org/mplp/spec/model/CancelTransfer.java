package org.mplp.spec.model;

/** Either party ends an open transfer (spec: Transfers). */
public record CancelTransfer(String id, String transferId, String note) implements ClientFrame {
  public static final String TYPE = "cancel-transfer";

  @Override
  public <R> R accept(ClientFrame.Visitor<R> visitor) {
    return visitor.visitCancelTransfer(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
