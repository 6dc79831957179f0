package org.mplp.client.transfers;

import org.mplp.spec.model.Transfer;

/** What the transfer manager tells its client's listener; called on the client's event thread. */
public interface TransferEvents {
  /** A transfer frame: an offer to answer, an answer, a cancel, an end. */
  void onTransfer(Transfer transfer);

  void onTransferProgress(TransferProgressEvent progress);

  /** A received file was stored, or refused, and its result reported. */
  void onFileStored(StoredFile file);

  /** An upload or download broke off for good (a resume was tried). */
  void onTransferFailure(String transferId, int index, String problem);
}
