package org.mplp.spec.model;

/**
 * The recipient rejects an offer; the note, null when absent, reaches the sender (spec: Transfers,
 * S54).
 */
public record RejectOffer(String id, String transferId, String note) implements Frame {
  public static final String TYPE = "reject-offer";

  @Override
  public String type() {
    return TYPE;
  }
}
