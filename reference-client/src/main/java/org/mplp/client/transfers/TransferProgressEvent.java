package org.mplp.client.transfers;

/**
 * How far one file of a transfer has moved on this device, measured here.
 *
 * @param bytesPerSecond the mean speed since this device started (or resumed) moving the file
 * @param secondsLeft time left at that speed; -1 while the speed is not yet known
 */
public record TransferProgressEvent(
    String transferId,
    int index,
    String name,
    Direction direction,
    long bytes,
    long total,
    double bytesPerSecond,
    long secondsLeft,
    boolean done) {

  /** Whether this device sends the file or receives it. */
  public enum Direction {
    UPLOAD,
    DOWNLOAD
  }
}
