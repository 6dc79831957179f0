package org.mplp.spec.model;

import java.util.List;

/**
 * A transfer as one of its parties sees it. A {@link Reply} whose {@code replyTo} names the request
 * it answers, or is null when the server sends it unasked; {@code group} is null but for the
 * transfers of an offer to several devices (spec: Transfers, S52 to S54).
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
    List<TransferFile> files,
    String group)
    implements Reply {
  public static final String TYPE = "transfer";

  public Transfer {
    files = List.copyOf(files);
  }

  /** A transfer made by an offer to one device. */
  public Transfer(
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
      List<TransferFile> files) {
    this(
        replyTo,
        transferId,
        from,
        to,
        permission,
        state,
        reason,
        by,
        note,
        offeredAt,
        expiresAt,
        files,
        null);
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
