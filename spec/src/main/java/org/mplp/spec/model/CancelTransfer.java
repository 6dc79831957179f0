package org.mplp.spec.model;

/** Either party ends an open transfer (spec: Transfers). */
public record CancelTransfer(String id, String transferId, String note) implements Frame {
  public static final String TYPE = "cancel-transfer";

  @Override
  public String type() {
    return TYPE;
  }
}
