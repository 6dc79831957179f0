package org.mplp.server.store;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;

/**
 * The message log as the jobs of a group see it: what earlier jobs of the same group wrote, not yet
 * applied, over what the log holds. Writes go into the group's batch through here, so that a job
 * reads its own and its group's writes and never deletes one entry twice. Store thread only.
 */
public final class LogView implements LogCommit.Listener {

  /** Marks a key deleted in the group. */
  private static final byte[] DELETED = new byte[0];

  private final LogStore log;
  private final Map<ByteBuffer, byte[]> group = new HashMap<>();
  private final Map<ByteBuffer, byte[]> job = new HashMap<>();

  public LogView(LogCommit commits) {
    this.log = commits.log();
    commits.addListener(this);
  }

  /** The value of a key as the group sees it; null when there is none. */
  public byte[] get(byte[] key) throws RocksDBException {
    ByteBuffer wrapped = ByteBuffer.wrap(key);
    byte[] value = job.get(wrapped);
    if (value == null) {
      value = group.get(wrapped);
    }
    if (value != null) {
      return value == DELETED ? null : value;
    }
    return log.get(key);
  }

  public void put(WriteBatch batch, byte[] key, byte[] value) throws RocksDBException {
    batch.put(key, value);
    job.put(ByteBuffer.wrap(key), value);
  }

  /**
   * Deletes an entry written once and never overwritten: a message, a receipt. RocksDB drops both
   * the entry and its deletion when they meet in memory, so a message acknowledged within minutes
   * never reaches a table file.
   */
  public void deleteOnce(WriteBatch batch, byte[] key) throws RocksDBException {
    batch.singleDelete(key);
    job.put(ByteBuffer.wrap(key), DELETED);
  }

  /** Deletes an entry that may have been written several times (a counter). */
  public void delete(WriteBatch batch, byte[] key) throws RocksDBException {
    batch.delete(key);
    job.put(ByteBuffer.wrap(key), DELETED);
  }

  /** The underlying log, for scans: they run between groups, when everything is applied. */
  public LogStore log() {
    return log;
  }

  @Override
  public void jobKept() {
    group.putAll(job);
    job.clear();
  }

  @Override
  public void jobDropped() {
    job.clear();
  }

  @Override
  public void groupLost() {
    group.clear();
    job.clear();
  }

  @Override
  public void groupApplied() {
    group.clear();
  }
}
