package org.mplp.server.transfers;

/**
 * What the transfers ask of the data channel's spool on disk, where uploaded bytes wait for their
 * download. The data channel implements it.
 */
public interface Spool {

  /** How many bytes of the file the spool holds; 0 for a file never uploaded to. */
  long heldBytes(String transferId, int index);

  /**
   * The transfer ended or the file's result is in: drop the bytes and break off every upload and
   * download of it that is still running. {@code index} -1 means every file of the transfer.
   */
  void discard(String transferId, int index);
}
