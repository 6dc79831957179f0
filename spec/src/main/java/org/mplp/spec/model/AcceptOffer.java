package org.mplp.spec.model;

import java.util.List;

/**
 * The recipient accepts the files it names, all of them when {@code files} is null (spec:
 * Transfers, S54).
 */
public record AcceptOffer(String id, String transferId, List<Integer> files)
    implements ClientFrame {
  public static final String TYPE = "accept-offer";

  public AcceptOffer {
    files = files == null ? null : List.copyOf(files);
  }

  @Override
  public <R> R accept(ClientFrame.Visitor<R> visitor) {
    return visitor.visitAcceptOffer(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
