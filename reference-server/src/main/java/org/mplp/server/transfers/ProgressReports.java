package org.mplp.server.transfers;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.mplp.server.session.DeviceAddress;
import org.mplp.spec.model.TransferProgress;

/**
 * transfer-progress for both parties of the accepted files whose bytes may move (REQ-DATA-015,
 * REQ-DATA-016): at most four a second per file, the latest figures winning, plus one at once when
 * the upload completes and when a download reaches the file's end. Called from any thread.
 */
final class ProgressReports {

  /** Four a second at most. */
  static final long MIN_GAP_NANOS = 250_000_000L;

  /** With progress sent often: a frame a second for every open file, bytes moving or not. */
  static final long BEAT_NANOS = 1_000_000_000L;

  /** Where a progress frame goes: to both parties, by address. */
  public interface Sink {
    void send(TransferProgress progress, DeviceAddress sender, DeviceAddress recipient);
  }

  /** Runs a task later, off any event loop. */
  public interface Timer {
    void schedule(Runnable task, long delayNanos);
  }

  private record FileKey(String transferId, int index) {}

  private final Sink sink;
  private final Timer timer;
  private final LongSupplier nanoTime;
  private final Map<FileKey, FileProgress> files = new ConcurrentHashMap<>();
  private final boolean often;

  public ProgressReports(Sink sink, Timer timer, LongSupplier nanoTime) {
    this(sink, timer, nanoTime, false);
  }

  /**
   * @param often also at acceptance and every second while a file is open, of the server's own
   *     accord (CHOICE-DATA-07)
   */
  public ProgressReports(Sink sink, Timer timer, LongSupplier nanoTime, boolean often) {
    this.sink = sink;
    this.timer = timer;
    this.nanoTime = nanoTime;
    this.often = often;
  }

  /** A file of an accepted transfer whose bytes may now move. */
  public void track(
      String transferId, int index, long size, DeviceAddress sender, DeviceAddress recipient) {
    FileKey key = new FileKey(transferId, index);
    FileProgress file = new FileProgress(transferId, index, size, sender, recipient);
    if (files.putIfAbsent(key, file) == null && often) {
      beat(key, file);
    }
  }

  /** Sends the file's figures as they are, and again a second later while it is open. */
  private void beat(FileKey key, FileProgress file) {
    if (files.get(key) != file) {
      return; // its result is in, or its transfer ended
    }
    file.beat();
    timer.schedule(() -> beat(key, file), BEAT_NANOS);
  }

  /** The file's result is in, or its transfer ended: no more progress for it. */
  public void forget(String transferId, int index) {
    files.remove(new FileKey(transferId, index));
  }

  /** Whether the file is tracked: accepted, in an open transfer, without a result yet. */
  public boolean tracks(String transferId, int index) {
    return files.containsKey(new FileKey(transferId, index));
  }

  public void uploaded(String transferId, int index, long bytes) {
    FileProgress file = files.get(new FileKey(transferId, index));
    if (file != null) {
      file.update(bytes, -1);
    }
  }

  public void downloaded(String transferId, int index, long bytes) {
    FileProgress file = files.get(new FileKey(transferId, index));
    if (file != null) {
      file.update(-1, bytes);
    }
  }

  private final class FileProgress {
    private final String transferId;
    private final int index;
    private final long size;
    private final DeviceAddress sender;
    private final DeviceAddress recipient;
    private long uploaded;
    private long downloaded;
    private boolean sentOnce;
    private long lastSent;
    private boolean dirty;
    private boolean flushScheduled;

    FileProgress(
        String transferId, int index, long size, DeviceAddress sender, DeviceAddress recipient) {
      this.transferId = transferId;
      this.index = index;
      this.size = size;
      this.sender = sender;
      this.recipient = recipient;
    }

    /** New figures; -1 leaves one as it was. */
    synchronized void update(long newUploaded, long newDownloaded) {
      boolean reachedEnd = false;
      long uploadedBefore = uploaded;
      long downloadedBefore = downloaded;
      if (newUploaded >= 0) {
        reachedEnd = newUploaded >= size && uploaded < size || newUploaded == size && size == 0;
        uploaded = Math.max(uploaded, newUploaded);
      }
      if (newDownloaded >= 0) {
        // Every download that reaches the end is reported, a resumed one too.
        reachedEnd |= newDownloaded >= size;
        downloaded = Math.max(downloaded, newDownloaded);
        // A byte served was uploaded: the spool may hold bytes this count has not heard of yet
        // (those of a process before a restart), and no frame may say less came up than went down.
        uploaded = Math.max(uploaded, downloaded);
      }
      if (!reachedEnd && uploaded == uploadedBefore && downloaded == downloadedBefore) {
        return; // nothing new to tell
      }
      dirty = true;
      long now = nanoTime.getAsLong();
      if (reachedEnd || !sentOnce || now - lastSent >= MIN_GAP_NANOS) {
        sendNow(now);
      } else if (!flushScheduled) {
        flushScheduled = true;
        timer.schedule(this::flush, lastSent + MIN_GAP_NANOS - now);
      }
    }

    /** The figures as they are, unless a frame went out less than MIN_GAP_NANOS ago. */
    synchronized void beat() {
      long now = nanoTime.getAsLong();
      if (!sentOnce || now - lastSent >= MIN_GAP_NANOS) {
        sendNow(now);
      }
    }

    private synchronized void flush() {
      flushScheduled = false;
      if (!dirty) {
        return;
      }
      long now = nanoTime.getAsLong();
      if (now - lastSent >= MIN_GAP_NANOS) {
        sendNow(now);
      } else {
        flushScheduled = true;
        timer.schedule(this::flush, lastSent + MIN_GAP_NANOS - now);
      }
    }

    private void sendNow(long now) {
      dirty = false;
      sentOnce = true;
      lastSent = now;
      sink.send(new TransferProgress(transferId, index, uploaded, downloaded), sender, recipient);
    }
  }
}
