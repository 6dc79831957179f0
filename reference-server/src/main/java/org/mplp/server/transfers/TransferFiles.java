package org.mplp.server.transfers;

/**
 * What the HTTP data channel asks of the transfers on the control side. The transfers implement it;
 * the data channel calls it from any thread and never blocks an event loop on the answer.
 */
public interface TransferFiles {

  /** Whether {@code token} opens file {@code index} of {@code transferId} in {@code direction}. */
  java.util.concurrent.CompletionStage<FileAccess> authorize(
      String transferId, int index, String token, DataDirection direction);

  /**
   * The server now holds {@code bytes} bytes of the file; {@code bytes == size} ends the upload.
   */
  void uploaded(String transferId, int index, long bytes);

  /** The furthest download of the file has sent {@code bytes} bytes. */
  void downloaded(String transferId, int index, long bytes);
}
