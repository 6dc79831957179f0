package org.mplp.server.transfers;

import java.util.List;
import org.mplp.spec.model.FileState;
import org.mplp.spec.model.Transfer;
import org.mplp.spec.model.TransferFile;

/**
 * The transfer frame each party is sent. A file's token goes only to the party it is for (the
 * upload token to the sender, the download token to the recipient), and only while the file is
 * accepted in an open transfer (REQ-DATA-001).
 */
final class TransferViews {

  private TransferViews() {}

  /** The frame for the sender; {@code replyTo} null when sent unasked. */
  public static Transfer forSender(StoredTransfer transfer, String replyTo) {
    return view(transfer, replyTo, true);
  }

  /** The frame for the recipient; {@code replyTo} null when sent unasked. */
  public static Transfer forRecipient(StoredTransfer transfer, String replyTo) {
    return view(transfer, replyTo, false);
  }

  private static Transfer view(StoredTransfer transfer, String replyTo, boolean sender) {
    boolean tokens = transfer.state().open();
    List<TransferFile> files =
        transfer.files().stream()
            .map(
                file ->
                    new TransferFile(
                        file.index(),
                        file.name(),
                        file.path(),
                        file.size(),
                        file.sha256(),
                        file.mediaType(),
                        file.state(),
                        file.failure(),
                        tokens && file.state() == FileState.ACCEPTED ? token(file, sender) : null))
            .toList();
    return new Transfer(
        replyTo,
        transfer.transferId(),
        transfer.sender().toString(),
        transfer.recipient().toString(),
        transfer.permission(),
        transfer.state(),
        transfer.reason(),
        transfer.by(),
        transfer.note(),
        transfer.offeredAt(),
        Timestamps.format(transfer.expiresAt()),
        files,
        transfer.group());
  }

  private static String token(StoredFile file, boolean sender) {
    return sender ? file.uploadToken() : file.downloadToken();
  }
}
