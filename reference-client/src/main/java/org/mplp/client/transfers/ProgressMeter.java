package org.mplp.client.transfers;

import java.util.function.Consumer;
import org.mplp.client.transfers.TransferProgressEvent.Direction;

/**
 * Speed and time left of one file, from the bytes moved since this device started: reported at most
 * five times a second and once at the end, so a fast file does not flood its listener.
 */
final class ProgressMeter {
  private static final long REPORT_EVERY_NANOS = 200_000_000L;

  private final String transferId;
  private final int index;
  private final String name;
  private final Direction direction;
  private final long total;
  private final Consumer<TransferProgressEvent> sink;
  private long startNanos;
  private long startBytes;
  private long lastReport;

  ProgressMeter(
      String transferId,
      int index,
      String name,
      Direction direction,
      long total,
      Consumer<TransferProgressEvent> sink) {
    this.transferId = transferId;
    this.index = index;
    this.name = name;
    this.direction = direction;
    this.total = total;
    this.sink = sink;
  }

  /** Starts (or restarts, after a resume) the clock at {@code bytes} already moved. */
  void start(long bytes) {
    startNanos = System.nanoTime();
    startBytes = bytes;
    lastReport = 0;
    sink.accept(event(bytes, false));
  }

  void moved(long bytes) {
    long now = System.nanoTime();
    if (now - lastReport >= REPORT_EVERY_NANOS) {
      lastReport = now;
      sink.accept(event(bytes, false));
    }
  }

  void finished() {
    sink.accept(event(total, true));
  }

  private TransferProgressEvent event(long bytes, boolean done) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    long moved = bytes - startBytes;
    double speed = seconds > 0 && moved > 0 ? moved / seconds : 0;
    long left = done ? 0 : speed > 0 ? Math.round((total - bytes) / speed) : -1;
    return new TransferProgressEvent(
        transferId, index, name, direction, bytes, total, speed, left, done);
  }
}
