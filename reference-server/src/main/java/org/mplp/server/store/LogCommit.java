package org.mplp.server.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes to the message log committed in groups: jobs from any thread queue up; the store thread
 * puts everything waiting (up to a cap) into one batch, applies it, and hands what the jobs tell
 * others to {@link LogSync}, which runs it once the batch is on the disk. A job that fails takes
 * back only its own writes.
 */
public final class LogCommit {

  private static final Logger LOG = LoggerFactory.getLogger(LogCommit.class);

  /** One durable write to the log. */
  public interface Job {
    /**
     * Adds the writes to {@code batch}, on the store thread; nothing else.
     *
     * @return what to do once the writes are on the disk
     */
    Runnable write(WriteBatch batch) throws Exception;

    /** The writes could not be made durable. */
    void failed(Exception cause);
  }

  /** Told how each job and each group ends, for state kept in memory beside the log. */
  public interface Listener {
    /** The job's writes stay in the group. */
    void jobKept();

    /** The job failed; its writes were taken out of the group. */
    void jobDropped();

    /** The whole group could not be applied: nothing of it is in the log. */
    void groupLost();

    /** The group is in the log (visible, not yet durable). */
    void groupApplied();
  }

  private final LogStore log;
  private final LogSync sync;
  private final StoreExecutor executor;
  private final int maxGroup;
  private final Queue<Job> waiting = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final List<Listener> listeners = new ArrayList<>();

  public LogCommit(LogStore log, LogSync sync, StoreExecutor executor, int maxGroup) {
    this.log = log;
    this.sync = sync;
    this.executor = executor;
    this.maxGroup = maxGroup;
  }

  public LogStore log() {
    return log;
  }

  public LogSync sync() {
    return sync;
  }

  public void addListener(Listener listener) {
    listeners.add(listener);
  }

  /** Queues a job; it runs with the others that wait with it. Callable from any thread. */
  public void submit(Job job) {
    waiting.add(job);
    if (scheduled.compareAndSet(false, true)) {
      executor.execute(this::commitWaiting);
    }
  }

  /** Runs one job now, alone, on the store thread (outside any group). */
  public void runNow(Job job) {
    commit(List.of(job));
  }

  private void commitWaiting() {
    scheduled.set(false);
    List<Job> group = new ArrayList<>();
    for (Job job; group.size() < maxGroup && (job = waiting.poll()) != null; ) {
      group.add(job);
    }
    if (!group.isEmpty()) {
      commit(group);
    }
    if (!waiting.isEmpty() && scheduled.compareAndSet(false, true)) {
      executor.execute(this::commitWaiting);
    }
  }

  private void commit(List<Job> group) {
    List<Runnable> afterSync = new ArrayList<>(group.size());
    List<Job> kept = new ArrayList<>(group.size());
    try (WriteBatch batch = new WriteBatch()) {
      for (Job job : group) {
        batch.setSavePoint();
        try {
          afterSync.add(job.write(batch));
          kept.add(job);
          listeners.forEach(Listener::jobKept);
        } catch (Exception e) {
          batch.rollbackToSavePoint();
          listeners.forEach(Listener::jobDropped);
          LOG.warn("a write to the message log failed", e);
          job.failed(e);
        }
      }
      if (batch.count() > 0) {
        log.write(batch);
        sync.wrote();
      }
      listeners.forEach(Listener::groupApplied);
    } catch (RocksDBException | RuntimeException e) {
      LOG.error("a group of {} writes to the message log failed", group.size(), e);
      listeners.forEach(Listener::groupLost);
      failAll(kept, e);
      return;
    }
    if (!kept.isEmpty()) {
      sync.whenDurable(() -> afterSync.forEach(LogCommit::runQuietly), e -> failAll(kept, e));
    }
  }

  private static void runQuietly(Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      LOG.warn("a task after a sync failed", e);
    }
  }

  private static void failAll(List<Job> jobs, Exception cause) {
    for (Job job : jobs) {
      try {
        job.failed(cause);
      } catch (RuntimeException e) {
        LOG.warn("telling a job of a failed sync failed", e);
      }
    }
  }
}
