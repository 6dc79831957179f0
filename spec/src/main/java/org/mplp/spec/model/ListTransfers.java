package org.mplp.spec.model;

/** Asks for the transfers the device takes part in (spec: Transfers, Listing transfers). */
public record ListTransfers(String id) implements ClientFrame {
  public static final String TYPE = "list-transfers";

  @Override
  public <R> R accept(ClientFrame.Visitor<R> visitor) {
    return visitor.visitListTransfers(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
