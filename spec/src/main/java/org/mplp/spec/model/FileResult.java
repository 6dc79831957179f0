package org.mplp.spec.model;

/** The recipient reports whether it received a file intact (spec: Transfers, S54). */
public record FileResult(String id, String transferId, int index, FileOutcome result, String note)
    implements ClientFrame {
  public static final String TYPE = "file-result";

  @Override
  public <R> R accept(ClientFrame.Visitor<R> visitor) {
    return visitor.visitFileResult(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
