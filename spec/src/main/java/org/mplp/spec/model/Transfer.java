package org.mplp.spec.model;

import java.util.List;

/**
 * A transfer as one of its parties sees it. A {@link Reply} whose {@code replyTo} names the request
 * it answers, or is null when the server sends it unasked (spec: Transfers, S52 to S54).
 */
public record Transfer(
    String replyTo,
    String transferId,
    String from,
    String to,
    Permission permission,
    TransferState state,
    TransferReason reason,
    String by,
    String note,
    String offeredAt,
    String expiresAt,
    List<TransferFile> files)
    implements Reply {
  public static final String TYPE = "transfer";

  public Transfer {
    files = List.copyOf(files);
  }

  @Override
  public <R> R accept(ServerFrame.Visitor<R> visitor) {
    return visitor.visitTransfer(this);
  }

  @Override
  public String type() {
    return TYPE;
  }
}
