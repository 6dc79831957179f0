package org.mplp.server.transfers.data;

import io.netty.channel.ChannelHandler;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.mplp.server.transfers.Spool;
import org.mplp.server.transfers.TransferFiles;

/**
 * The data channel of a server: its spool on disk and the threads that do the disk work (never an
 * event loop). Its handlers ask the transfers which token opens which file; the transfers drop a
 * file's bytes through {@link #spool()}, so the spool exists before either.
 */
public final class DataChannel implements AutoCloseable {

  /** Disk threads: enough to keep a write and a read going at once on a small machine. */
  static final int DISK_THREADS = 2;

  private final ExecutorService disk;
  private final DiskSpool spool;

  private DataChannel(ExecutorService disk, DiskSpool spool) {
    this.disk = disk;
    this.spool = spool;
  }

  /** A data channel that spools under {@code spoolDirectory}, created on first use. */
  public static DataChannel open(Path spoolDirectory) {
    ExecutorService disk = Executors.newFixedThreadPool(DISK_THREADS, diskThreads());
    return new DataChannel(disk, new DiskSpool(spoolDirectory, disk));
  }

  /** What the transfers call to drop a file's bytes and to ask how many are held. */
  public Spool spool() {
    return spool;
  }

  DiskSpool diskSpool() {
    return spool;
  }

  /**
   * The handler of one connection; it goes between the HTTP codec and any aggregator, and asks
   * {@code transfers} about tokens and tells it how far uploads and downloads have got.
   */
  public ChannelHandler newHandler(TransferFiles transfers) {
    return new DataRequestHandler(this, transfers);
  }

  /** Stops the disk threads once their queued work is done; call after the connections closed. */
  @Override
  public void close() {
    disk.shutdown();
  }

  private static ThreadFactory diskThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "mplp-spool-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
