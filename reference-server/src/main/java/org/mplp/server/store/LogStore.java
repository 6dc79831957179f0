package org.mplp.server.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.CompressionType;
import org.rocksdb.Options;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;
import org.rocksdb.TablePropertiesCollectorFactory;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * The message log, {@code <dataDir>/log}: a RocksDB database whose write-ahead log takes every
 * message, acknowledgement and receipt as one appended record per group of writes. Written by the
 * store thread without waiting for the disk; {@link LogSync} makes the writes durable, one {@code
 * fsync} for everything written before it, and only then lets anyone learn of them. See
 * reference-server/DURABILITY.adoc.
 */
public final class LogStore implements AutoCloseable {

  public static final String DIRECTORY = "log";

  /** A table file is compacted when a window of this many keys holds that many deletions. */
  private static final long DELETION_WINDOW = 1_000;

  private static final long DELETIONS_IN_WINDOW = 500;

  /** ... or when this share of all its entries are deletions. */
  private static final double DELETION_RATIO = 0.5;

  static {
    RocksDB.loadLibrary();
  }

  private final Options options;
  private final WriteOptions unsynced;
  private final RocksDB db;

  private LogStore(Options options, WriteOptions unsynced, RocksDB db) {
    this.options = options;
    this.unsynced = unsynced;
    this.db = db;
  }

  /** Opens (creating if needed) the log of a data directory, replaying its write-ahead log. */
  public static LogStore open(Path dataDir) throws IOException {
    Path dir = dataDir.resolve(DIRECTORY);
    Files.createDirectories(dir);
    Options options =
        new Options()
            .setCreateIfMissing(true)
            // Two cores: one background thread flushes and compacts, the rest serve.
            .setMaxBackgroundJobs(1)
            // Messages live minutes; most are put and deleted within one memtable and never reach
            // a table file (see SingleDelete below), so no compression work on the store path.
            .setCompressionType(CompressionType.NO_COMPRESSION)
            .setWriteBufferSize(32L << 20)
            .setMaxTotalWalSize(64L << 20)
            .setKeepLogFileNum(2)
            // Every send asks whether its clientMessageId was used before, and the answer is
            // nearly always no: a Bloom filter answers that without reading table blocks.
            .setTableFormatConfig(
                new BlockBasedTableConfig().setFilterPolicy(new BloomFilter(10, false)));
    // Messages that waited for an offline device do reach table files, and so do their
    // deletions; a file dense with deletions is compacted soon, so that scans over a device's
    // messages do not step over them for long.
    options.setTablePropertiesCollectorFactory(
        List.of(
            TablePropertiesCollectorFactory.NewCompactOnDeletionCollectorFactory(
                DELETION_WINDOW, DELETIONS_IN_WINDOW, DELETION_RATIO)));
    WriteOptions unsynced = new WriteOptions().setSync(false);
    try {
      return new LogStore(options, unsynced, RocksDB.open(options, dir.toString()));
    } catch (RocksDBException e) {
      options.close();
      unsynced.close();
      throw new IOException("cannot open the message log in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The value of a key; null when there is none. */
  public byte[] get(byte[] key) throws RocksDBException {
    return db.get(key);
  }

  /**
   * Applies a batch at once and visibly, without waiting for the disk: {@link LogSync#whenDurable}
   * says when it survives a crash. Store thread only.
   */
  void write(WriteBatch batch) throws RocksDBException {
    db.write(unsynced, batch);
  }

  /** Forces everything written so far to the disk. Safe beside writes on other threads. */
  void syncWal() throws RocksDBException {
    db.syncWal();
  }

  /**
   * Visits the keys that start with {@code prefix}, from {@code from} on, in key order. The
   * iterator is bounded by the first key past the prefix: a delivered message leaves a deletion
   * behind until compaction drops it, and an unbounded iterator would step over every deletion that
   * follows the prefix looking for the next live key, which made each login's count of a long-used
   * log take tens of milliseconds.
   */
  public void scan(byte[] prefix, byte[] from, Visitor visitor) throws RocksDBException {
    byte[] end = keyAfterPrefix(prefix);
    try (Slice bound = end == null ? null : new Slice(end);
        ReadOptions read = new ReadOptions();
        RocksIterator it =
            db.newIterator(bound == null ? read : read.setIterateUpperBound(bound))) {
      for (it.seek(from); it.isValid() && startsWith(it.key(), prefix); it.next()) {
        if (!visitor.visit(it.key(), it.value())) {
          return;
        }
      }
      it.status();
    }
  }

  /** The least key greater than every key that starts with {@code prefix}; null when none is. */
  static byte[] keyAfterPrefix(byte[] prefix) {
    byte[] end = prefix.clone();
    for (int i = end.length - 1; i >= 0; i--) {
      if (end[i] != (byte) 0xFF) {
        end[i]++;
        return Arrays.copyOf(end, i + 1);
      }
    }
    return null;
  }

  static boolean startsWith(byte[] key, byte[] prefix) {
    return key.length >= prefix.length
        && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
  }

  /** Sees one key and its value; false to stop. */
  @FunctionalInterface
  public interface Visitor {
    boolean visit(byte[] key, byte[] value) throws RocksDBException;
  }

  @Override
  public void close() {
    try {
      // A clean stop leaves nothing to replay: the next start opens at once.
      db.syncWal();
    } catch (RocksDBException e) {
      // closing anyway: what was synced is safe, and the log replays the rest
    }
    db.close();
    unsynced.close();
    options.close();
  }
}
