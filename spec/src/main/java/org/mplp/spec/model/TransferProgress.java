package org.mplp.spec.model;

/** Bytes of a file the server holds and has sent to the recipient (spec: Transfers). */
public record TransferProgress(String transferId, int index, long uploaded, long downloaded)
    implements ServerFrame {
  public static final String TYPE = "transfer-progress";

  @Override
  public <R> R accept(ServerFrame.Visitor<R> visitor) {
    return visitor.visitTransferProgress(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
