package org.mplp.server.messages;

import java.util.HashMap;
import java.util.Map;
import org.mplp.server.store.LogCommit;
import org.rocksdb.RocksDBException;

/**
 * Per recipient device, the last seq given (REQ-MSG-011) and how many messages wait for it, read
 * from the log once and then kept in memory, so that storing a message reads neither back. A job's
 * change counts for the rest of its group once the job is kept, and is forgotten when the job or
 * its group fails. The store thread is the only writer of the log, which makes the copy exact.
 */
final class RecipientCounters implements LogCommit.Listener {

  /** What a recipient has: the last seq given to it and the messages not yet acknowledged. */
  record Counts(long lastSeq, int pending) {}

  /** Reads a recipient's counts from the log. */
  @FunctionalInterface
  interface Loader {
    Counts load(long recipientId) throws RocksDBException;
  }

  private final Loader loader;
  private final Map<Long, Counts> kept = new HashMap<>();
  private final Map<Long, Counts> job = new HashMap<>();

  RecipientCounters(LogCommit commits, Loader loader) {
    this.loader = loader;
    commits.addListener(this);
  }

  Counts of(long recipientId) throws RocksDBException {
    Counts counts = job.get(recipientId);
    if (counts == null) {
      counts = kept.get(recipientId);
    }
    if (counts == null) {
      counts = loader.load(recipientId);
      kept.put(recipientId, counts);
    }
    return counts;
  }

  void set(long recipientId, Counts counts) {
    job.put(recipientId, counts);
  }

  /** A removed device's counts go; a device never comes back under the same id. */
  void forget(long recipientId) {
    job.remove(recipientId);
    kept.remove(recipientId);
  }

  @Override
  public void jobKept() {
    kept.putAll(job);
    job.clear();
  }

  @Override
  public void jobDropped() {
    job.clear();
  }

  @Override
  public void groupLost() {
    // Some counts now describe writes that never reached the log: read them all again.
    kept.clear();
    job.clear();
  }

  @Override
  public void groupApplied() {}
}
