package org.mplp.server.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.rocksdb.RocksDBException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the message log's writes durable on a thread of its own, so that the store thread builds
 * the next group while the disk syncs the last one: one {@code fsync} covers every write made
 * before it started, and what waited for those writes runs after it, in the order it was queued.
 */
public final class LogSync implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LogSync.class);

  static final String THREAD_NAME = "mplp-log-sync";

  private final LogStore log;
  private final ExecutorService thread;
  private final AtomicLong written = new AtomicLong();
  private final Queue<Waiting> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();

  /** The last write known durable; the sync thread's own. */
  private long synced;

  private LogSync(LogStore log, ExecutorService thread) {
    this.log = log;
    this.thread = thread;
  }

  public static LogSync start(LogStore log) {
    return new LogSync(
        log,
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, THREAD_NAME);
              thread.setDaemon(true);
              return thread;
            }));
  }

  /** For tests on an in-memory channel: syncs and runs each task at once, on the caller. */
  public static LogSync inline(LogStore log) {
    return new LogSync(log, null);
  }

  /** A write went into the log; call right after {@link LogStore#write}, on the store thread. */
  void wrote() {
    written.incrementAndGet();
  }

  /**
   * Runs {@code task} once every write made so far is on the disk, or {@code failed} when the disk
   * refused; tasks run in the order they were queued.
   */
  public void whenDurable(Runnable task, Consumer<Exception> failed) {
    queue.add(new Waiting(written.get(), task, failed));
    if (thread == null) {
      drain();
    } else if (scheduled.compareAndSet(false, true)) {
      try {
        thread.execute(this::drainScheduled);
      } catch (RejectedExecutionException e) {
        LOG.debug("the log sync thread is shut down; a task is dropped");
      }
    }
  }

  private void drainScheduled() {
    scheduled.set(false);
    drain();
    if (!queue.isEmpty() && scheduled.compareAndSet(false, true)) {
      thread.execute(this::drainScheduled);
    }
  }

  private synchronized void drain() {
    List<Waiting> ready = new ArrayList<>();
    long needed = 0;
    for (Waiting waiting; (waiting = queue.poll()) != null; ) {
      ready.add(waiting);
      needed = Math.max(needed, waiting.after());
    }
    Exception failure = null;
    if (needed > synced) {
      long upTo = written.get();
      try {
        log.syncWal();
        synced = upTo;
      } catch (RocksDBException e) {
        LOG.error("the message log could not be synced to the disk", e);
        failure = e;
      }
    }
    for (Waiting waiting : ready) {
      try {
        if (failure == null || waiting.after() <= synced) {
          waiting.task().run();
        } else {
          waiting.failed().accept(failure);
        }
      } catch (RuntimeException e) {
        LOG.warn("a task after a sync failed", e);
      }
    }
  }

  private record Waiting(long after, Runnable task, Consumer<Exception> failed) {}

  /** Runs what is queued, then ends the thread. */
  @Override
  public void close() {
    if (thread == null) {
      return;
    }
    thread.shutdown();
    try {
      if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
        thread.shutdownNow();
      }
    } catch (InterruptedException e) {
      thread.shutdownNow();
      Thread.currentThread().interrupt();
    }
    drain();
  }
}
