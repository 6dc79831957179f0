package org.mplp.spec.model;

/**
 * The recipient rejects an offer; the note, null when absent, reaches the sender (spec: Transfers,
 * S54).
 */
public record RejectOffer(String id, String transferId, String note) implements ClientFrame {
  public static final String TYPE = "reject-offer";

  @Override
  public <R> R accept(ClientFrame.Visitor<R> visitor) {
    return visitor.visitRejectOffer(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
