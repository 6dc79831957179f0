package org.mplp.server.transfers;

import java.time.Instant;
import java.util.List;
import org.mplp.server.session.DeviceAddress;
import org.mplp.spec.model.Permission;
import org.mplp.spec.model.TransferReason;
import org.mplp.spec.model.TransferState;

/**
 * A transfer as stored (spec: Transfers): its parties, where it stands, and its files in the order
 * of the offer.
 *
 * @param row the table's row id; 0 before the transfer is inserted
 * @param recipientSees false when the transfer was rejected at once, before the recipient heard of
 *     it (REQ-PERM-008)
 * @param group the id shared by the transfers of one offer to several devices, null otherwise;
 *     their files' bytes are spooled once, under it (REQ-XFER-033)
 */
record StoredTransfer(
    long row,
    String transferId,
    String account,
    long senderId,
    DeviceAddress sender,
    long recipientId,
    DeviceAddress recipient,
    Permission permission,
    TransferState state,
    TransferReason reason,
    String by,
    String note,
    String offeredAt,
    Instant expiresAt,
    boolean recipientSees,
    List<StoredFile> files,
    String group) {

  public StoredTransfer {
    files = List.copyOf(files);
  }

  /** The same transfer in a final state, for the reason given, by the device given (or null). */
  public StoredTransfer ended(TransferState finalState, TransferReason why, String byDevice) {
    return changed(finalState, why, byDevice, note, expiresAt, files);
  }

  public StoredTransfer withState(TransferState newState, Instant newExpiry) {
    return changed(newState, reason, by, note, newExpiry, files);
  }

  public StoredTransfer withNote(String newNote) {
    return changed(state, reason, by, newNote, expiresAt, files);
  }

  public StoredTransfer withFiles(List<StoredFile> newFiles) {
    return changed(state, reason, by, note, expiresAt, newFiles);
  }

  /** A copy with what a transfer's moves change; who takes part and what was offered stay. */
  private StoredTransfer changed(
      TransferState newState,
      TransferReason newReason,
      String newBy,
      String newNote,
      Instant newExpiry,
      List<StoredFile> newFiles) {
    return new StoredTransfer(
        row,
        transferId,
        account,
        senderId,
        sender,
        recipientId,
        recipient,
        permission,
        newState,
        newReason,
        newBy,
        newNote,
        offeredAt,
        newExpiry,
        recipientSees,
        newFiles,
        group);
  }

  public StoredTransfer withRow(long newRow) {
    return new StoredTransfer(
        newRow,
        transferId,
        account,
        senderId,
        sender,
        recipientId,
        recipient,
        permission,
        state,
        reason,
        by,
        note,
        offeredAt,
        expiresAt,
        recipientSees,
        files,
        group);
  }

  /** Where the spool keeps the bytes of this transfer's files: its group's, or its own. */
  public String spoolId() {
    return group == null ? transferId : group;
  }

  /** Whether the device is one of the two parties. */
  public boolean involves(long deviceId) {
    return senderId == deviceId || recipientId == deviceId;
  }
}
